using System.Text.Json.Nodes;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// The body for <c>POST /hsm/v2/Inventory/RedfishEndpoints</c>: magellan's <c>SchemaVersion: 1</c> object (same
/// keys, so SMDs that speak magellan read it), with Redfish paths rather than URLs in <c>uri</c>, plus what
/// magellan leaves out and SMD records when present: <c>RedfishVersion</c>, <c>Chassis</c> (chassis and
/// enclosure ComponentEndpoints) and <c>Services</c> (ServiceEndpoints). No password is ever sent.
/// </summary>
public static class RedfishEndpointPayload
{
    private static readonly RedfishJsonContext s_json = RedfishJsonContext.Default;

    public static JsonObject Build(BmcCollection bmc)
    {
        var inventory = bmc.Inventory;
        var body = new JsonObject
        {
            ["ID"] = bmc.Id.Value,
            ["Type"] = "",
            ["Name"] = "",
            ["FQDN"] = bmc.Address.Fqdn,
            ["User"] = bmc.Username,
        };
        body.With("MACAddr", bmc.OwnMac);
        body["MACRequired"] = true;
        body["RediscoverOnUpdate"] = false;
        body["SchemaVersion"] = 1;
        foreach (var (key, value) in Inventory(new BmcWalk(inventory, bmc.ResetTypes)))
        {
            body[key] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>
    /// What the BMC holds, in the payload's shape: <c>RedfishVersion</c>, <c>Systems</c>, <c>Managers</c>,
    /// <c>Chassis</c>, <c>Services</c> (also what <c>crawl</c> prints).
    /// </summary>
    public static JsonObject Inventory(BmcWalk walk)
    {
        var inventory = walk.Inventory;
        return new JsonObject()
            .With("RedfishVersion", inventory.ServiceRoot.RedfishVersion)
            .With("Systems", new JsonArray([.. inventory.Systems.Select(s => System(s, walk)) ]))
            .With("Managers", new JsonArray([.. inventory.Managers.Select(Manager)]))
            .With("Chassis", new JsonArray([.. inventory.Chassis.Select(Chassis)]))
            .With("Services", new JsonArray([.. inventory.Services.Select(Service)]));
    }

    private static JsonObject System(SystemInventory inventory, BmcWalk walk)
    {
        var system = inventory.System;
        var path = system.ODataId ?? "";
        var chassis = ChassisOf(system, walk.Inventory);
        var node = new JsonObject { ["uri"] = path }
            .With("uuid", system.UUID)
            .With("manufacturer", system.Manufacturer)
            .With("system_type", system.SystemType)
            .With("name", system.Name)
            .With("model", system.Model)
            .With("serial", system.SerialNumber)
            .With("bios_version", system.BiosVersion)
            .With("ethernet_interfaces", Nics(inventory.EthernetInterfaces))
            .With("network_interfaces", new JsonArray([.. inventory.NetworkAdapters.Select(Adapter)]))
            .With("actions", RedfishJson.Strings(walk.ResetTypes.GetValueOrDefault(path)))
            .With("power", new JsonObject
            {
                ["state"] = system.PowerState ?? "",
                ["mode"] = system.PowerMode ?? "",
                ["restore_policy"] = system.PowerRestorePolicy ?? "",
            }.With("power_control_ids", RedfishJson.Strings(chassis?.PowerControl.Select(p => p.ODataId))))
            .With("processor_count", system.ProcessorSummary?.Count)
            .With("processor_type", system.ProcessorSummary?.Model)
            .With("memory_total", system.MemorySummary?.TotalSystemMemoryGiB)
            .With("chassis_sku", chassis?.Chassis.SKU)
            .With("chassis_serial", chassis?.Chassis.SerialNumber)
            .With("chassis_asset_tag", chassis?.Chassis.AssetTag)
            .With("chassis_manufacturer", chassis?.Chassis.Manufacturer)
            .With("chassis_model", chassis?.Chassis.Model);
        node["links"] = new JsonObject
        {
            ["chassis"] = RedfishJson.Strings(chassis is null ? [] : [chassis.Chassis.ODataId]) ?? [],
            ["managers"] = RedfishJson.Strings(system.Links?.ManagedBy?.Select(l => l.ODataId)) ?? [],
        };
        return node;
    }

    private static JsonObject Manager(ManagerInventory inventory)
    {
        var manager = inventory.Manager;
        return new JsonObject { ["uri"] = manager.ODataId ?? "" }
            .With("uuid", manager.UUID)
            .With("name", manager.Name)
            .With("description", manager.Description)
            .With("model", manager.Model)
            .With("type", manager.ManagerType)
            .With("firmware_version", manager.FirmwareVersion)
            .With("ethernet_interfaces", Nics(inventory.EthernetInterfaces))
            .With("actions", RedfishJson.Strings(manager.Actions?.Reset?.ResetTypeAllowableValues))
            .With("command_shell", RedfishJson.Strings(manager.CommandShell?.ConnectTypesSupported));
    }

    private static JsonObject Chassis(ChassisInventory inventory)
    {
        var chassis = inventory.Chassis;
        return new JsonObject { ["uri"] = chassis.ODataId ?? "" }
            .With("id", chassis.Id)
            .With("name", chassis.Name)
            .With("chassis_type", chassis.ChassisType)
            .With("uuid", chassis.ExtensionData?.GetValueOrDefault("UUID").ToString())
            .With("manufacturer", chassis.Manufacturer)
            .With("model", chassis.Model)
            .With("serial", chassis.SerialNumber)
            .With("part_number", chassis.PartNumber)
            .With("sku", chassis.SKU)
            .With("asset_tag", chassis.AssetTag)
            .With("power_state", chassis.PowerState)
            .With("actions", RedfishJson.Strings(chassis.Actions?.Reset?.ResetTypeAllowableValues))
            .With("contained_by", chassis.Links?.ContainedBy?.ODataId)
            .With("systems", RedfishJson.Strings(chassis.Links?.ComputerSystems?.Select(l => l.ODataId)))
            .With("managed_by", RedfishJson.Strings(chassis.Links?.ManagedBy?.Select(l => l.ODataId)));
    }

    private static JsonObject Service(ServiceInventory service)
    {
        var info = service.Resource is UpdateService update ? RedfishJson.ToObject(update, s_json.UpdateService)
            : RedfishJson.ToObject((RedfishService)service.Resource, s_json.RedfishService);
        return new JsonObject { ["type"] = service.Type, ["uri"] = service.Resource.ODataId ?? "" }
            .With("uuid", info["UUID"]?.DeepClone())
            .With("info", info);
    }

    /// <summary>The NICs that have a MAC; SMD has nothing to record for the others (<c>Not Available</c>).</summary>
    private static JsonArray? Nics(IReadOnlyList<NicInventory> nics) =>
        nics.Any(n => n.Mac is not null)
            ? new JsonArray([.. nics.Where(n => n.Mac is not null).Select(n => new JsonObject { ["uri"] = n.Interface.ODataId ?? "", ["mac"] = n.Mac }
                .With("ip", n.FirstIPv4)
                .With("name", n.Interface.Name)
                .With("description", n.Interface.Description)
                .With("enabled", n.Interface.InterfaceEnabled))])
            : null;

    private static JsonObject Adapter(NetworkAdapter adapter) => new JsonObject()
        .With("uri", adapter.ODataId)
        .With("name", adapter.Name)
        .With("adapter", new JsonObject { ["uri"] = adapter.ODataId ?? "" }
            .With("name", adapter.Name)
            .With("manufacturer", adapter.Manufacturer)
            .With("model", adapter.Model)
            .With("serial", adapter.SerialNumber)
            .With("part_number", adapter.PartNumber));

    /// <summary>The chassis the System is in: its own link, else the chassis that links it.</summary>
    internal static ChassisInventory? ChassisOf(ComputerSystem system, BmcInventory inventory)
    {
        var linked = system.Links?.Chassis?.FirstOrDefault()?.ODataId;
        return inventory.Chassis.FirstOrDefault(c => SamePath(c.Chassis.ODataId, linked))
            ?? inventory.Chassis.FirstOrDefault(c => c.Chassis.Links?.ComputerSystems?.Any(l => SamePath(l.ODataId, system.ODataId)) == true);
    }

    internal static bool SamePath(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.Ordinal);
}
