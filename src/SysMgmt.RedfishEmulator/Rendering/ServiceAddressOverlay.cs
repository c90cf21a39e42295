using System.Text.Json;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Rendering;

/// <summary>
/// What a BMC lays over a resource: its own address on the mockup's <see cref="ServiceNic"/>
/// (<c>IPv4Addresses[0].Address</c>, and the <c>IPv4StaticAddresses</c> that held the same address), then the
/// changes clients made (which win, so a PATCHed address shows).
/// </summary>
internal static class ServiceAddressOverlay
{
    private const string Addresses = "IPv4Addresses";
    private const string StaticAddresses = "IPv4StaticAddresses";
    private const string AddressProperty = "Address";

    public static JsonObject? For(EmulatedBmc bmc, MockupResource resource)
    {
        var changes = bmc.ExistingState?.Overlay(resource.Path);
        if (bmc.Mockup.ServiceNic is not { } nic || nic.Path != resource.Path)
        {
            return changes;
        }

        var overlay = OwnAddress(resource.Body, nic.Address, bmc.Endpoint.Address.ToString());
        foreach (var (name, value) in changes?.ToList() ?? [])
        {
            changes!.Remove(name);
            overlay[name] = value;
        }

        return overlay;
    }

    private static JsonObject OwnAddress(JsonElement nic, string original, string address)
    {
        var overlay = new JsonObject();
        foreach (var name in (string[])[Addresses, StaticAddresses])
        {
            if (!nic.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var entries = JsonNode.Parse(list.GetRawText())!.AsArray();
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i] is JsonObject entry && (name == Addresses ? i == 0 : entry[AddressProperty] is JsonValue value && value.TryGetValue<string>(out var text) && text == original))
                {
                    entry[AddressProperty] = address;
                }
            }

            overlay[name] = entries;
        }

        return overlay;
    }
}
