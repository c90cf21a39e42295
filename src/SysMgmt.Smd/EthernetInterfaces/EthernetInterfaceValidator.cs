using SysMgmt.Core.Contracts;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// Checks and normalises interface input: the MAC in any common form (any case; colon, dash, dotted or bare),
/// canonical IP addresses listed once each, and the owner as an xname or nothing. Pure functions, shared by the
/// API and by discovery ingestion.
/// </summary>
internal static class EthernetInterfaceValidator
{
    /// <summary>Returns the normalised interface, or null with every problem of this body in <paramref name="errors"/>.</summary>
    public static NewEthernetInterface? Validate(EthernetInterfacePostRequest input, List<string> errors)
    {
        var before = errors.Count;
        string? mac = null;
        if (string.IsNullOrWhiteSpace(input.MACAddress))
        {
            errors.Add("MACAddress is required");
        }
        else if (!MacAddress.TryNormalize(input.MACAddress, out mac, out var macError))
        {
            errors.Add("invalid MACAddress: " + macError);
        }

        TryParseComponentId(input.ComponentID, errors, out var owner);
        var ips = ValidateIpAddresses(input.IPAddresses ?? [], errors);
        return errors.Count > before
            ? null
            : new NewEthernetInterface(MacAddress.ToInterfaceId(mac!), mac!, input.Description ?? "", owner, ips);
    }

    /// <summary>Validates a PATCH body; at least one field must be given.</summary>
    public static EthernetInterfacePatch? Validate(EthernetInterfacePatchRequest input, List<string> errors)
    {
        if (input is { Description: null, ComponentID: null, IPAddresses: null })
        {
            errors.Add("Request must have at least one patch field.");
            return null;
        }

        var before = errors.Count;
        Xname? owner = null;
        var setsComponent = input.ComponentID is not null && TryParseComponentId(input.ComponentID, errors, out owner);
        var ips = input.IPAddresses is null ? null : ValidateIpAddresses(input.IPAddresses, errors);
        return errors.Count > before ? null : new EthernetInterfacePatch(input.Description, setsComponent, owner, ips);
    }

    /// <summary>
    /// An interface ID from a path or filter: its 12 hex digits in any case, or the MAC in any accepted form
    /// (<c>A4:BF:01:2B:73:10</c> finds <c>a4bf012b7310</c>).
    /// </summary>
    public static bool TryParseId(string? raw, out string id, out string error)
    {
        if (MacAddress.TryNormalize(raw, out var mac, out _))
        {
            id = MacAddress.ToInterfaceId(mac);
            error = "";
            return true;
        }

        id = "";
        error = $"'{raw}' is not a valid ethernet interface ID (the 12 hexadecimal digits of a MAC address)";
        return false;
    }

    /// <summary>
    /// One IP address and its network; <paramref name="field"/> names it in errors (<c>IPAddresses[2]</c>), or
    /// nothing when it is the whole body.
    /// </summary>
    public static EthernetInterfaceIpAddress? ValidateIpAddress(EthernetInterfaceIpAddress? input, string? field, List<string> errors)
    {
        var name = field is null ? "IPAddress" : field + ".IPAddress";
        if (input is null)
        {
            errors.Add($"{field} must be an object with an IPAddress");
            return null;
        }

        if (string.IsNullOrWhiteSpace(input.IPAddress))
        {
            errors.Add($"{name} is required");
            return null;
        }

        if (!IpAddresses.TryNormalize(input.IPAddress, out var ip, out var error))
        {
            errors.Add($"invalid {name}: {error}");
            return null;
        }

        return new EthernetInterfaceIpAddress { IPAddress = ip, Network = NormalizeNetwork(input.Network) };
    }

    /// <summary>A blank network means none.</summary>
    public static string? NormalizeNetwork(string? network) => string.IsNullOrWhiteSpace(network) ? null : network.Trim();

    private static List<EthernetInterfaceIpAddress> ValidateIpAddresses(IReadOnlyList<EthernetInterfaceIpAddress?> input, List<string> errors)
    {
        var ips = new List<EthernetInterfaceIpAddress>(input.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            if (ValidateIpAddress(input[i], $"IPAddresses[{i}]", errors) is not { } ip)
            {
                continue;
            }

            if (seen.Add(ip.IPAddress!))
            {
                ips.Add(ip);
            }
            else
            {
                errors.Add($"IPAddresses[{i}]: IP address {ip.IPAddress} is listed more than once");
            }
        }

        return ips;
    }

    /// <summary>A blank ComponentID means no owner; anything else must be a component xname.</summary>
    private static bool TryParseComponentId(string? raw, List<string> errors, out Xname? owner)
    {
        owner = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return true;
        }

        if (!Xname.TryParse(raw, out var xname, out var error))
        {
            errors.Add("invalid ComponentID: " + error);
            return false;
        }

        if (xname.Type is XnameType.Partition)
        {
            errors.Add($"invalid ComponentID: '{xname.Value}' is a partition name, not a component");
            return false;
        }

        owner = xname;
        return true;
    }
}
