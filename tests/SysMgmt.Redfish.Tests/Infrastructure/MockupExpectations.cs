using System.Text.Json;
using SysMgmt.Core.Networking;

namespace SysMgmt.Redfish.Tests.Infrastructure;

/// <summary>
/// What a walk of a mockup must find, read straight from its files (independently of the client): the member
/// counts, and the raw MAC strings of the System and Manager NICs. Some captured files hold a Redfish error body
/// where the resource should be (an Intel chassis, an EX425 collection): those are not there.
/// </summary>
internal sealed class MockupExpectations(string directory)
{
    public int Systems => Members("/redfish/v1/Systems").Count;

    public int Managers => Members("/redfish/v1/Managers").Count;

    public int Chassis => Members("/redfish/v1/Chassis").Count;

    public int Processors => Members("/redfish/v1/Systems").Sum(s => Members(Link(s, "Processors")).Count);

    public int MemoryDevices => Members("/redfish/v1/Systems").Sum(s => Members(Link(s, "Memory")).Count);

    /// <summary>The <c>MACAddress</c> (else <c>PermanentMACAddress</c>) values of every System and Manager NIC, as written in the files.</summary>
    public IReadOnlyList<string> RawMacs =>
    [
        .. Members("/redfish/v1/Systems").Concat(Members("/redfish/v1/Managers"))
            .SelectMany(owner => Members(Link(owner, "EthernetInterfaces")))
            .Select(nic => Read(nic) is { } body ? String(body, "MACAddress") ?? String(body, "PermanentMACAddress") : null)
            .OfType<string>(),
    ];

    /// <summary>The normal form of each raw MAC that is one (<c>Not Available</c> is not).</summary>
    public static IReadOnlyList<string> Normalized(IEnumerable<string> raw) =>
        [.. raw.Select(m => MacAddress.TryNormalize(m, out var mac, out _) ? mac : null).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>True when the mockup's file for <paramref name="path"/> is a Redfish error body.</summary>
    public bool IsErrorBody(string path) => Read(path) is { } body && body.TryGetProperty("error", out _);

    private List<string> Members(string? collection) =>
        collection is not null && Read(collection) is { } body && body.TryGetProperty("Members", out var members)
            ? [.. members.EnumerateArray().Select(m => m.GetProperty("@odata.id").GetString()!).Where(m => !IsErrorBody(m))]
            : [];

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    private string? Link(string resource, string property) =>
        Read(resource) is { } body && body.TryGetProperty(property, out var link) && link.TryGetProperty("@odata.id", out var id) ? id.GetString() : null;

    private JsonElement? Read(string path)
    {
        var file = Path.Combine(directory, path.Trim('/'), "index.json");
        return File.Exists(file) ? JsonDocument.Parse(File.ReadAllBytes(file)).RootElement : null;
    }
}
