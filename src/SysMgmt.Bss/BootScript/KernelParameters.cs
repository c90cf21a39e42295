namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Assembles a kernel command line in the anchors' exact order: <c>initrd=initrd</c>, the entry's params, the
/// kernel and initrd images' params, then <c>xname=</c>, <c>nid=</c>, <c>bss_referral_token=</c>, <c>BOOTIF=</c>
/// and <c>ds=</c>, each only when no parameter with that prefix is there already. Pure. The stored part is
/// prepared once per entry (<see cref="Prepare"/>); a request only appends its node's values (<see cref="Complete"/>).
/// </summary>
internal static class KernelParameters
{
    private const string InitrdPrefix = "initrd=";
    private static readonly string[] s_injected = ["xname=", "nid=", "bss_referral_token=", "BOOTIF=", "ds="];

    public static string Build(KernelParameterInput input) =>
        Complete(Prepare(input.Params, input.KernelImageParams, input.InitrdImageParams, input.HasInitrd),
            input.Xname, input.Nid, input.ReferralToken, input.BootIfMac, input.DataSource);

    /// <summary>The stored parameters, cleaned, and which of the injected prefixes they already carry.</summary>
    public static PreparedParameters Prepare(string parameters, string kernelImageParams, string initrdImageParams, bool hasInitrd)
    {
        var tokens = new List<string>(32);
        if (hasInitrd)
        {
            tokens.Add("initrd=initrd");
        }

        // The anchors delete the first substring "initrd" anywhere (even inside root=live:…/initrd-x); only whole
        // initrd= parameters conflict with the one iPXE needs, so only those go.
        AddTokens(tokens, parameters, dropInitrd: hasInitrd);
        AddTokens(tokens, kernelImageParams, dropInitrd: hasInitrd);
        AddTokens(tokens, initrdImageParams, dropInitrd: hasInitrd);

        var present = new bool[s_injected.Length];
        for (var i = 0; i < s_injected.Length; i++)
        {
            present[i] = tokens.Exists(t => t.StartsWith(s_injected[i], StringComparison.Ordinal));
        }

        return new PreparedParameters(string.Join(' ', tokens), present);
    }

    /// <summary>Appends the node's values whose prefix the stored parameters do not already set.</summary>
    public static string Complete(PreparedParameters prepared, string? xname, string? nid, string? referralToken, string? bootIfMac, string dataSource)
    {
        var parts = new string?[s_injected.Length * 3 + 1];
        parts[0] = prepared.Base;
        var separator = prepared.Base.Length > 0 ? " " : "";
        var count = 1;
        var values = new[] { xname, nid, referralToken, bootIfMac is { Length: > 0 } mac ? "01-" + mac.Replace(':', '-') : null, dataSource };
        for (var i = 0; i < s_injected.Length; i++)
        {
            if (!prepared.Present[i] && !string.IsNullOrEmpty(values[i]))
            {
                parts[count++] = separator;
                parts[count++] = s_injected[i];
                parts[count++] = values[i];
                separator = " ";
            }
        }

        return string.Concat(parts.AsSpan(0, count));
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
}
