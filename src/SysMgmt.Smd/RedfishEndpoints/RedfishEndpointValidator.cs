using System.Globalization;
using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// Works out an endpoint's ID, Hostname, Domain and FQDN from whatever subset the client sent, by the anchors'
/// rules (<c>NewRedfishEPDescription</c>), and checks them. Unlike the anchors, names are compared
/// case-insensitively, IPs are canonical (no brackets), an FQDN may end in a port (<c>10.1.2.3:8443</c>), and a MAC
/// address must be a MAC address.
/// </summary>
internal static class RedfishEndpointValidator
{
    private static readonly char[] s_trimmed = ['.', '/', ' '];

    public static ValidRedfishEndpoint? Validate(RedfishEndpointInput input, out string error)
    {
        error = "";
        var domain = Clean(input.Domain);
        var hostname = Clean(input.Hostname);
        var hostIsIp = false;
        if (hostname.Length > 0)
        {
            if (IpAddresses.TryNormalize(hostname, out var ip, out _))
            {
                (hostname, hostIsIp) = (ip, true);
            }
            else if (hostname.Contains('.', StringComparison.Ordinal))
            {
                error = "Hostname is not a basename or IP address.";
                return null;
            }
        }

        if (!TrySplitPort(Clean(input.FQDN), out var rawFqdn, out var port))
        {
            error = $"FQDN '{input.FQDN}' has an invalid port: expected host:1-65535";
            return null;
        }

        var fqdnIsIp = IpAddresses.TryNormalize(rawFqdn, out var fqdnIp, out _);
        if (fqdnIsIp)
        {
            rawFqdn = fqdnIp;
            if (hostname.Length == 0)
            {
                (hostname, hostIsIp) = (fqdnIp, true);
            }
        }
        else if (rawFqdn.Length > 0)
        {
            var dot = rawFqdn.IndexOf('.', StringComparison.Ordinal);
            var (fqdnHost, fqdnDomain) = dot < 0 ? (rawFqdn, "") : (rawFqdn[..dot], rawFqdn[(dot + 1)..]);
            hostname = hostname.Length == 0 ? fqdnHost : hostname;
            domain = domain.Length == 0 && hostname == fqdnHost ? fqdnDomain : domain;
        }

        var rawId = Clean(input.ID) is { Length: > 0 } id ? id : hostname;
        if (rawId.Length == 0)
        {
            error = "No xname ID found";
            return null;
        }

        if (!Xname.TryParse(rawId, out var xname, out var xnameError))
        {
            error = $"{rawId} is not a valid locational xname ID: {xnameError}";
            return null;
        }

        if (!XnameTypes.IsRedfishEndpointType(xname.Type))
        {
            error = $"xname ID {xname.Value} has wrong type for RF endpoint: {XnameTypes.Name(xname.Type)}";
            return null;
        }

        var host = hostname.Length > 0 ? hostname : xname.Value;
        var fqdn = domain.Length == 0 ? host : hostIsIp ? hostname : host + "." + domain;
        if (rawFqdn.Length > 0 && fqdn != rawFqdn)
        {
            error = $"host/domain conflicts with FQDN: '{fqdn}' != '{rawFqdn}'";
            return null;
        }

        if (port is { } given)
        {
            fqdn = (fqdn.Contains(':', StringComparison.Ordinal) ? $"[{fqdn}]" : fqdn) + ":" + given.ToString(CultureInfo.InvariantCulture);
        }

        var ipAddress = hostIsIp ? hostname : "";
        if (Clean(input.IPAddress) is { Length: > 0 } rawIp)
        {
            if (!IpAddresses.TryNormalize(rawIp, out ipAddress, out _))
            {
                error = $"IPAddress is not a valid IP address: '{input.IPAddress}'";
                return null;
            }

            if (hostIsIp && ipAddress != hostname)
            {
                error = $"hostname IP address conflicts with given IP address: '{hostname}' != '{ipAddress}'";
                return null;
            }
        }

        var mac = "";
        if (!string.IsNullOrWhiteSpace(input.MACAddr) && !MacAddress.TryNormalize(input.MACAddr, out mac, out var macError))
        {
            error = $"MACAddr '{input.MACAddr}' is not a valid MAC address: {macError}";
            return null;
        }

        return new ValidRedfishEndpoint(xname, input.Name?.Trim() ?? "", hostname, domain, fqdn, input.Enabled ?? true,
            input.UUID?.Trim() ?? "", input.User ?? "", input.Password, input.UseSSDP ?? false, input.MACRequired ?? false,
            mac, ipAddress, input.RediscoverOnUpdate ?? false, input.TemplateID?.Trim() ?? "");
    }

    /// <summary>
    /// Splits a port off an FQDN (<c>10.1.2.3:8443</c>, <c>[fd00::2]:8443</c>, <c>bmc1.example:8443</c>): BMCs that do not
    /// listen on 443 (port forwards, emulators) need it, and the anchors have no other field for it. The default port
    /// 443 is dropped, so both spellings are one endpoint. A bare IPv6 address has no port.
    /// </summary>
    private static bool TrySplitPort(string raw, out string host, out int? port)
    {
        (host, port) = (raw, null);
        string portText;
        if (raw.StartsWith('['))
        {
            var close = raw.IndexOf(']');
            if (close < 0 || (close + 1 < raw.Length && raw[close + 1] != ':'))
            {
                return false;
            }

            host = raw[1..close];
            if (close + 1 == raw.Length)
            {
                return host.Length > 0;
            }

            portText = raw[(close + 2)..];
        }
        else
        {
            var colon = raw.LastIndexOf(':');
            if (colon < 0 || raw.IndexOf(':') != colon)
            {
                // No colon, or several: a bare IPv6 address, which has no port.
                return true;
            }

            host = raw[..colon];
            portText = raw[(colon + 1)..];
        }

        if (host.Length == 0 || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            return false;
        }

        port = number == 443 ? null : number;
        return true;
    }

    /// <summary>DNS names are case-insensitive; trailing dots and slashes are noise.</summary>
    private static string Clean(string? value) => value?.Trim(s_trimmed).ToLowerInvariant() ?? "";
}
