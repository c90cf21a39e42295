using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Renders iPXE scripts as the anchors do, byte for byte: the boot script with its <c>boot_retry</c> chain, and
/// the delayed chain that asks an unknown node again. Every body ends with an extra newline (the anchors write
/// <c>"%s\n"</c> after a script that already ends in one). Pure: input in, text out; the <c>Append</c> forms write
/// into a caller's builder so that serving a script copies it only once.
/// </summary>
internal static class BootScriptRenderer
{
    public static string Boot(in BootScriptContent content) => AppendBoot(new StringBuilder(1024), content).ToString();

    public static StringBuilder AppendBoot(StringBuilder script, in BootScriptContent content)
    {
        script.Append("#!ipxe\nkernel --name kernel ").Append(content.Kernel).Append(' ');
        KernelParameters.AppendComplete(script, content.Parameters, content.Node);
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
            content.Chain.AppendTo(script.Append("sleep ").Append(content.RetryDelay).Append("\nchain ")).Append('\n');
        }

        return script.Append('\n');
    }

    /// <summary><c>sleep</c>, then ask again: the reply that makes an unknown node report its architecture.</summary>
    public static string DelayedChain(int delay, in ChainTarget chain) => AppendDelayedChain(new StringBuilder(256), delay, chain).ToString();

    public static StringBuilder AppendDelayedChain(StringBuilder script, int delay, in ChainTarget chain) =>
        chain.AppendTo(script.Append("#!ipxe\nsleep ").Append(delay).Append("\nchain ")).Append("\n\n");
}
