using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Discovery;

/// <summary>Builds the component endpoint rows (and their info objects) for what an ingestion found.</summary>
internal static class ComponentEndpointPlanner
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static PlannedEndpoint System(DiscoveredSystem system, Xname node)
    {
        var info = new SystemInfo(
            system.Name,
            new Dictionary<string, ResetAction> { ["#ComputerSystem.Reset"] = Reset(system.OdataId, "ComputerSystem.Reset", system.ResetTypes) },
            system.Nics.Count == 0 ? null : [.. system.Nics.Select(n => new NicInfo(n.OdataId, n.OdataId, Blank(n.Description), null, true, n.Mac, null))],
            system.ChassisPath is { } chassis ? chassis + "/Power" : null,
            system.ChassisPath is { } link && system.PowerControlIds.Count > 0
                ? [.. system.PowerControlIds.Select(id => new PowerControlInfo(id, RedfishPaths.LastSegment(id), "System Power Control", [new(system.OdataId), new(link)]))]
                : null);
        return new PlannedEndpoint(node.Value, XnameTypes.Name(node.Type), "ComputerSystem", system.SystemType, system.Uuid, system.OdataId,
            "ComponentEndpointComputerSystem", JsonSerializer.Serialize(info, s_json));
    }

    public static PlannedEndpoint Manager(DiscoveredManager manager, Xname bmc)
    {
        var info = new ManagerInfo(
            manager.Name,
            new Dictionary<string, ResetAction> { ["#Manager.Reset"] = Reset(manager.OdataId, "Manager.Reset", manager.ResetTypes) },
            manager.Nics.Count == 0
                ? null
                : [.. manager.Nics.Select(n => new NicInfo(n.OdataId, n.OdataId, Blank(n.Description), Blank(n.Name), n.Enabled, n.Mac, n.Mac))],
            manager.CommandShell is { } shell ? new CommandShellInfo(true, 65536, shell) : null);
        return new PlannedEndpoint(bmc.Value, XnameTypes.Name(bmc.Type), "Manager", manager.ManagerType, manager.Uuid, manager.OdataId,
            "ComponentEndpointManager", JsonSerializer.Serialize(info, s_json));
    }

    /// <summary>A chassis that is a component; without a <c>Chassis.Reset</c> action it has no <c>Actions</c>, as in the anchors.</summary>
    public static PlannedEndpoint Chassis(DiscoveredChassis chassis, Xname id)
    {
        var info = new ChassisInfo(
            Blank(chassis.Name),
            chassis.ResetTypes is null
                ? null
                : new Dictionary<string, ResetAction> { ["#Chassis.Reset"] = Reset(chassis.OdataId, "Chassis.Reset", chassis.ResetTypes) });
        return new PlannedEndpoint(id.Value, XnameTypes.Name(id.Type), "Chassis", chassis.ChassisType ?? "", chassis.Uuid, chassis.OdataId,
            "ComponentEndpointChassis", JsonSerializer.Serialize(info, s_json));
    }

    /// <summary>A PDU controller itself: JAWS, not Redfish, so a fixed path.</summary>
    public static PlannedEndpoint PduController(Xname controller) =>
        new(controller.Value, XnameTypes.Name(controller.Type), "Manager", "", "", "/jaws", "ComponentEndpointManager",
            JsonSerializer.Serialize(new ManagerInfo("JAWS", null, null, null), s_json));

    public static PlannedEndpoint Outlet(DiscoveredOutlet outlet, Xname connector) =>
        new(connector.Value, XnameTypes.Name(connector.Type), "Outlet", outlet.SocketType, "", $"/jaws/monitor/outlets/{outlet.OriginalId}",
            "ComponentEndpointOutlet",
            JsonSerializer.Serialize(new OutletInfo(Blank(outlet.Name), new Dictionary<string, OutletAction>
            {
                ["#Outlet.PowerControl"] = new(["On", "Off"], $"/jaws/control/outlets/{outlet.OriginalId}"),
            }), s_json));

    private static ResetAction Reset(string path, string action, IReadOnlyList<string>? allowed) =>
        new(allowed, path + "/ResetActionInfo", $"{path}/Actions/{action}");

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
