using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.Core.Time;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.Cache;

/// <summary>
/// A <see cref="DiscoveredBmc"/> as JSON: magellan's scan record (<c>host</c> with its scheme, <c>port</c>,
/// <c>protocol</c>, <c>state</c>, <c>timestamp</c>, <c>service_type</c>), so that tools reading magellan's
/// <c>scan -F json</c> read ours, plus what we know more. Reading accepts magellan's records too.
/// </summary>
public static class DiscoveredBmcJson
{
    public static JsonArray ToJson(IEnumerable<DiscoveredBmc> bmcs) => [.. bmcs.Select(ToJson)];

    public static JsonObject ToJson(DiscoveredBmc bmc)
    {
        var json = new JsonObject
        {
            ["host"] = $"{bmc.Target.Scheme}://{bmc.Target.UriHost}",
            ["port"] = bmc.Target.Port,
            ["protocol"] = "tcp",
            ["state"] = bmc.State,
            ["timestamp"] = Rfc3339.Format(bmc.LastSeen),
            ["service_type"] = bmc.ServiceType ?? "",
            ["url"] = bmc.Url,
            ["status"] = bmc.Status.ToString(),
            ["first_seen"] = Rfc3339.Format(bmc.FirstSeen),
            ["last_seen"] = Rfc3339.Format(bmc.LastSeen),
            ["last_scanned"] = Rfc3339.Format(bmc.LastScanned),
        };
        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[("redfish_version", bmc.RedfishVersion), ("vendor", bmc.Vendor), ("product", bmc.Product), ("uuid", bmc.Uuid)])
        {
            if (value is not null)
            {
                json[name] = value;
            }
        }

        return json;
    }

    /// <exception cref="FormatException">An element is not a scan record; the message names the field.</exception>
    public static IReadOnlyList<DiscoveredBmc> FromJson(JsonNode? node) => node is JsonArray array
        ? [.. array.Select((element, index) => FromRecord(element as JsonObject ?? throw new FormatException($"element {index} is not an object"), index))]
        : throw new FormatException("expected an array of scan records");

    private static DiscoveredBmc FromRecord(JsonObject record, int index)
    {
        var hostUrl = Text(record, "host", index) ?? throw new FormatException($"element {index} has no \"host\"");
        if (!HostArgument.TryParse(hostUrl, out var host, out var error))
        {
            throw new FormatException($"element {index}: {error}");
        }

        if (host.Scheme is null)
        {
            throw new FormatException($"element {index}: \"host\" '{hostUrl}' has no scheme: write it as https://{hostUrl}");
        }

        var port = Number(record, "port", index) ?? host.Port ?? throw new FormatException($"element {index} has no \"port\"");
        if (port is < 1 or > 65535)
        {
            throw new FormatException($"element {index}: port {port} is not 1 to 65535");
        }

        var target = host.Address is { } address ? new ScanTarget(host.Scheme, address, port) : new ScanTarget(host.Scheme, host.Host, port);
        var lastSeen = Time(record, "last_seen", index) ?? Time(record, "timestamp", index) ?? DateTimeOffset.UnixEpoch;
        var status = Text(record, "status", index) is { } statusText
            ? Enum.TryParse<ScanStatus>(statusText, ignoreCase: true, out var parsed) ? parsed : throw new FormatException($"element {index}: unknown status '{statusText}'")
            : record["state"]?.GetValueKind() == JsonValueKind.False ? ScanStatus.Closed : Text(record, "service_type", index) == "Redfish" ? ScanStatus.Redfish : ScanStatus.Open;
        return new DiscoveredBmc
        {
            Target = target,
            FirstSeen = Time(record, "first_seen", index) ?? lastSeen,
            LastSeen = lastSeen,
            LastScanned = Time(record, "last_scanned", index) ?? lastSeen,
            Status = status,
            ServiceType = Text(record, "service_type", index) is { Length: > 0 } serviceType ? serviceType : null,
            RedfishVersion = Text(record, "redfish_version", index),
            Vendor = Text(record, "vendor", index),
            Product = Text(record, "product", index),
            Uuid = Text(record, "uuid", index),
        };
    }

    private static string? Text(JsonObject record, string name, int index) => record[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new FormatException($"element {index}: \"{name}\" must be a string"),
    };

    private static int? Number(JsonObject record, string name, int index) => record[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => (int)Math.Clamp(number, int.MinValue, int.MaxValue),
        _ => throw new FormatException($"element {index}: \"{name}\" must be a whole number"),
    };

    private static DateTimeOffset? Time(JsonObject record, string name, int index) => Text(record, name, index) switch
    {
        null => null,
        var text when Rfc3339.TryParse(text, out var time) => time,
        var text => throw new FormatException($"element {index}: \"{name}\" '{text}' is not an RFC 3339 time"),
    };
}
