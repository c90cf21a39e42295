using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Assembles a kernel command line in the anchors' exact order: <c>initrd=initrd</c>, the entry's params, the
/// kernel and initrd images' params, then <c>xname=</c>, <c>nid=</c>, <c>bss_referral_token=</c>, <c>BOOTIF=</c>
/// and <c>ds=</c>, each only when no parameter with that prefix is there already. Pure.
/// </summary>
internal static class KernelParameters
{
    private const string InitrdPrefix = "initrd=";

    public static string Build(KernelParameterInput input)
    {
        var tokens = new List<string>(32);
        if (input.HasInitrd)
        {
            tokens.Add("initrd=initrd");
        }

        // The anchors delete the first substring "initrd" anywhere (even inside root=live:…/initrd-x); only whole
        // initrd= parameters conflict with the one iPXE needs, so only those go.
        AddTokens(tokens, input.Params, dropInitrd: input.HasInitrd);
        AddTokens(tokens, input.KernelImageParams, dropInitrd: input.HasInitrd);
        AddTokens(tokens, input.InitrdImageParams, dropInitrd: input.HasInitrd);

        AddUnlessPresent(tokens, "xname=", input.Xname);
        AddUnlessPresent(tokens, "nid=", input.Nid);
        AddUnlessPresent(tokens, "bss_referral_token=", input.ReferralToken);
        AddUnlessPresent(tokens, "BOOTIF=", input.BootIfMac is { Length: > 0 } mac ? "01-" + mac.Replace(':', '-') : null);
        AddUnlessPresent(tokens, "ds=", input.DataSource);
        return string.Join(' ', tokens);
    }

    private static void AddTokens(List<string> tokens, string parameters, bool dropInitrd)
    {
        foreach (var token in parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!(dropInitrd && token.StartsWith(InitrdPrefix, StringComparison.Ordinal)))
            {
                tokens.Add(token);
            }
        }
    }

    private static void AddUnlessPresent(List<string> tokens, string prefix, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return;
            }
        }

        tokens.Add(new StringBuilder(prefix.Length + value.Length).Append(prefix).Append(value).ToString());
    }
}
