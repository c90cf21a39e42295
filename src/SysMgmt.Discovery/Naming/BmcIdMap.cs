using System.Text.Json.Nodes;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Discovery.Naming;

/// <summary>
/// A user's map from BMC addresses or MACs to xnames (<c>--bmc-id-map</c>), in magellan's form, JSON or YAML:
/// <c>{"map_key": "bmc-ip-addr", "id_map": {"172.16.0.104": "x1000c1s7b3"}}</c>. <c>map_key</c> may also be
/// <c>bmc-mac-addr</c> (keys are the BMC's own MACs, in any spelling), or left out: then each key is read as an IP
/// address or a MAC. Every xname is checked when the map is read, not when a BMC needs it.
/// </summary>
public sealed class BmcIdMap
{
    private readonly Dictionary<string, Xname> _byAddress;
    private readonly Dictionary<string, Xname> _byMac;

    private BmcIdMap(Dictionary<string, Xname> byAddress, Dictionary<string, Xname> byMac)
    {
        _byAddress = byAddress;
        _byMac = byMac;
    }

    public int Count => _byAddress.Count + _byMac.Count;

    /// <summary>Reads <paramref name="source"/>: a file path, magellan's <c>@file</c>, or the map itself as inline JSON.</summary>
    /// <exception cref="FormatException">The map is unreadable or invalid; the message says which entry and why.</exception>
    public static BmcIdMap Load(string source)
    {
        var inline = source.TrimStart().StartsWith('{');
        var path = source.StartsWith('@') ? source[1..] : source;
        string text;
        try
        {
            text = inline ? source : File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"cannot read the BMC ID map {path}: {exception.Message}", exception);
        }

        return Parse(StructuredText.Read(text), inline ? "the BMC ID map" : path);
    }

    public static BmcIdMap Parse(JsonNode? document, string name)
    {
        if (document is not JsonObject root || root["id_map"] is not JsonObject map)
        {
            throw new FormatException($"{name}: expected an object with an 'id_map' object (and optionally 'map_key')");
        }

        var key = root["map_key"].AsString();
        if (key is not (null or "bmc-ip-addr" or "bmc-mac-addr"))
        {
            throw new FormatException($"{name}: map_key '{key}' is not one of bmc-ip-addr, bmc-mac-addr");
        }

        var byAddress = new Dictionary<string, Xname>(StringComparer.OrdinalIgnoreCase);
        var byMac = new Dictionary<string, Xname>(StringComparer.Ordinal);
        foreach (var (entry, value) in map)
        {
            if (value.AsString() is not { } id)
            {
                throw new FormatException($"{name}: id_map['{entry}']: expected an xname");
            }

            if (!Xname.TryParse(id, out var xname, out var error))
            {
                throw new FormatException($"{name}: id_map['{entry}']: {error}");
            }

            if (xname.Type is not (XnameType.NodeBMC or XnameType.ChassisBMC or XnameType.RouterBMC or XnameType.CabinetPDUController))
            {
                throw new FormatException($"{name}: id_map['{entry}']: {xname} is a {XnameTypes.Name(xname.Type)}, not a BMC");
            }

            var isIp = IpAddresses.TryNormalize(entry, out var ip, out _);
            var isMac = key == "bmc-mac-addr" || (key is null && !isIp && MacAddress.TryNormalize(entry, out _, out _));
            if (!isMac)
            {
                byAddress[isIp ? ip : entry] = xname;
                continue;
            }

            if (!MacAddress.TryNormalize(entry, out var mac, out var macError))
            {
                throw new FormatException($"{name}: id_map key '{entry}': {macError}");
            }

            byMac[mac] = xname;
        }

        return new BmcIdMap(byAddress, byMac);
    }

    /// <summary>The xname for a BMC reached at <paramref name="host"/> whose own NICs have <paramref name="macs"/>.</summary>
    public bool TryFind(string host, IEnumerable<string> macs, out Xname xname)
    {
        var address = IpAddresses.TryNormalize(host, out var ip, out _) ? ip : host;
        if (_byAddress.TryGetValue(address, out xname))
        {
            return true;
        }

        foreach (var mac in macs)
        {
            if (_byMac.TryGetValue(mac, out xname))
            {
                return true;
            }
        }

        return false;
    }
}
