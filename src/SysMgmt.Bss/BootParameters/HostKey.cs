using System.Globalization;
using SysMgmt.Core.Hms;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// A boot parameters key (an entry of <c>hosts</c>) in its canonical spelling, so that what is stored is what
/// lookups ask for: xnames normalised, MACs lower-case with colons, <c>nid007</c> → <c>nid7</c>, tags and HMS
/// roles in their canonical case (<c>compute</c> → <c>Compute</c>, which the anchors store and never match).
/// </summary>
internal readonly record struct HostKey(string Name, HostKeyKind Kind)
{
    public const string DefaultName = "Default";
    public const string GlobalName = "Global";
    public const string UnknownPrefix = "Unknown-";
    public const string NidPrefix = "nid";
    private const int MaxLength = 255;

    public static HostKey ForNid(long nid) => new(NidPrefix + nid.ToString(CultureInfo.InvariantCulture), HostKeyKind.Nid);

    public static HostKey ForUnknown(string arch) => new(UnknownPrefix + arch, HostKeyKind.Unknown);

    public static bool TryParse(string? input, out HostKey key, out string error)
    {
        key = default;
        var text = input?.Trim() ?? "";
        error = "";
        if (text.Length == 0)
        {
            error = "a host name is empty";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"host name '{text[..32]}…' is longer than {MaxLength} characters";
            return false;
        }

        if (text.Equals(DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            key = new(DefaultName, HostKeyKind.Default);
        }
        else if (text.Equals(GlobalName, StringComparison.OrdinalIgnoreCase))
        {
            key = new(GlobalName, HostKeyKind.Global);
        }
        else if (text.StartsWith(UnknownPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var arch = text[UnknownPrefix.Length..];
            if (!IsArchitecture(arch))
            {
                error = $"'{text}' names no architecture: use Unknown-<iPXE buildarch>, e.g. Unknown-x86_64";
                return false;
            }

            key = ForUnknown(arch);
        }
        else if (TryParseNid(text, out var nid))
        {
            key = ForNid(nid);
        }
        else if (Xname.TryParse(text, out var xname, out var xnameError))
        {
            if (xname.Type != XnameType.Node)
            {
                error = $"'{text}' is a {xname.Type}, not a node; boot parameters are for nodes";
                return false;
            }

            key = new(xname.Value, HostKeyKind.Node);
        }
        else if (LooksLikeXname(text))
        {
            // A mistyped xname must not quietly become a tag that no node ever matches.
            error = xnameError;
            return false;
        }
        else if (MacAddress.TryNormalize(text, out var mac, out _))
        {
            key = new(mac, HostKeyKind.Mac);
        }
        else if ((HmsEnums.Role.Normalize(text) ?? HmsEnums.SubRole.Normalize(text)) is { } role)
        {
            key = new(role, HostKeyKind.Tag);
        }
        else if (IsTag(text))
        {
            key = new(text, HostKeyKind.Tag);
        }
        else
        {
            error = $"'{text}' is neither an xname, a MAC address, nid<N>, Default, Global, Unknown-<arch> nor a tag " +
                "(letters, digits, '.', '_' and '-')";
            return false;
        }

        return true;
    }

    /// <summary>iPXE's <c>${buildarch}</c>: i386, x86_64, arm32, arm64, riscv64, loong64…</summary>
    public static bool IsArchitecture(string arch) =>
        arch.Length is > 0 and <= 32 && arch.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static bool TryParseNid(string text, out long nid)
    {
        nid = -1;
        return text.Length > NidPrefix.Length
            && text.StartsWith(NidPrefix, StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(NidPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
            && long.TryParse(text.AsSpan(NidPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out nid)
            && nid <= int.MaxValue;
    }

    private static bool LooksLikeXname(string text) => text.Length > 1 && text[0] is 'x' or 'X' && char.IsAsciiDigit(text[1]);

    private static bool IsTag(string text) =>
        char.IsAsciiLetterOrDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
