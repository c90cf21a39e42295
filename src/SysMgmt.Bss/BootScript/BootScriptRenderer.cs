using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Renders iPXE scripts as the anchors do, byte for byte: the boot script with its <c>boot_retry</c> chain, and
/// the delayed chain that asks an unknown node again. Every body ends with an extra newline (the anchors write
/// <c>"%s\n"</c> after a script that already ends in one). Pure: input record in, string out.
/// </summary>
internal static class BootScriptRenderer
{
    public static string Boot(BootScriptContent content)
    {
        var script = new StringBuilder(256 + content.KernelParameters.Length + content.Kernel.Length + content.Initrd.Length);
        script.Append("#!ipxe\n");
        script.Append("kernel --name kernel ").Append(content.Kernel);
        if (content.KernelParameters.Length > 0)
        {
            script.Append(' ').Append(content.KernelParameters);
        }

        script.Append(" || goto boot_retry\n");
        if (content.Initrd.Length > 0)
        {
            script.Append("initrd --name initrd ").Append(content.Initrd).Append(" || goto boot_retry\n");
            if (content.ImageStat)
            {
                // HPE CSM 1.27 shipped this line without its newline and boot-looped a fleet; the newline matters.
                script.Append("imgstat || echo Could not show image information.\n");
            }
        }

        script.Append("boot || goto boot_retry\n:boot_retry\n");
        if (content.GiveUpMessage is { } message)
        {
            // Chaining forever hides the failure; stop at the iPXE prompt with the reason on the console.
            script.Append("echo ").Append(message).Append("\nshell\n");
        }
        else
        {
            script.Append("sleep ").Append(content.RetryDelay).Append("\nchain ").Append(content.ChainUrl).Append('\n');
        }

        return script.Append('\n').ToString();
    }

    /// <summary><c>sleep</c>, then ask again: the reply that makes an unknown node report its architecture.</summary>
    public static string DelayedChain(int delay, string chainUrl) =>
        string.Concat("#!ipxe\nsleep ", delay.ToString(System.Globalization.CultureInfo.InvariantCulture), "\nchain ", chainUrl, "\n\n");
}
