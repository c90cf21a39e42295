using SysMgmt.Core.Networking;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// Works out an endpoint's ID, Hostname, Domain and FQDN from whatever subset the client sent, by the anchors'
/// rules (<c>NewRedfishEPDescription</c>), and checks them. Unlike the anchors, names are compared
/// case-insensitively, IPs are canonical (no ports, no brackets), and a MAC address must be a MAC address.
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

        var rawFqdn = Clean(input.FQDN);
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

    /// <summary>DNS names are case-insensitive; trailing dots and slashes are noise.</summary>
    private static string Clean(string? value) => value?.Trim(s_trimmed).ToLowerInvariant() ?? "";
}
