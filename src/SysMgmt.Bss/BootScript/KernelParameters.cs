using System.Text;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Assembles a kernel command line in the anchors' exact order: <c>initrd=initrd</c>, the entry's params, the
/// kernel and initrd images' params, then <c>xname=</c>, <c>nid=</c>, <c>bss_referral_token=</c>, <c>BOOTIF=</c>
/// and <c>ds=</c>, each only when no parameter with that prefix is there already. Pure. The stored part is
/// prepared once per entry (<see cref="Prepare"/>); a request only appends its node's values (<see cref="AppendComplete"/>).
/// </summary>
internal static class KernelParameters
{
    private const string InitrdPrefix = "initrd=";

    /// <summary>The prefixes BSS adds, in the order it adds them (the order of <see cref="PreparedParameters.Present"/>).</summary>
    private static readonly string[] s_injected = ["xname=", "nid=", "bss_referral_token=", "BOOTIF=", "ds="];

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

    /// <summary>Appends the stored parameters and the node's values whose prefix they do not already set.</summary>
    public static StringBuilder AppendComplete(StringBuilder line, PreparedParameters prepared, in NodeParameters node)
    {
        line.Append(prepared.Base);
        var separate = prepared.Base.Length > 0;
        Append(line, prepared, 0, node.Xname, ref separate);
        Append(line, prepared, 1, node.Nid, ref separate);
        Append(line, prepared, 2, node.ReferralToken, ref separate);
        if (!prepared.Present[3] && node.BootIfMac is { Length: > 0 } mac)
        {
            line.Append(separate ? " BOOTIF=01-" : "BOOTIF=01-");
            foreach (var c in mac)
            {
                line.Append(c == ':' ? '-' : c);
            }

            separate = true;
        }

        Append(line, prepared, 4, node.DataSource, ref separate);
        return line;
    }

    private static void Append(StringBuilder line, PreparedParameters prepared, int index, string? value, ref bool separate)
    {
        if (!prepared.Present[index] && !string.IsNullOrEmpty(value))
        {
            if (separate)
            {
                line.Append(' ');
            }

            line.Append(s_injected[index]).Append(value);
            separate = true;
        }
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
