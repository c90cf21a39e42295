using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Discovery;

/// <summary>Everything one ingestion will write, worked out before the first statement runs.</summary>
/// <remarks>
/// <c>ReplacesChassis</c> is true when the body listed the endpoint's chassis (even none): its chassis component
/// endpoints become exactly those planned; false leaves the recorded ones alone. <c>Services</c> replace the
/// endpoint's recorded services; null leaves those alone.
/// </remarks>
internal sealed record IngestionPlan(
    IReadOnlyList<NewComponent> NewComponents,
    IReadOnlyDictionary<string, string> ForcedStates,
    IReadOnlyList<string> PoweredOn,
    IReadOnlyList<PlannedEndpoint> Endpoints,
    IReadOnlyList<DiscoveredInterface> Interfaces,
    bool ReplacesChassis,
    IReadOnlyList<DiscoveredService>? Services)
{
    private const string Ready = "Ready";

    /// <summary>The plan for one endpoint; <paramref name="knownNodes"/> maps System paths seen before to their nodes.</summary>
    public static Outcome<IngestionPlan> Build(ValidRedfishEndpoint endpoint, DiscoveredInventory inventory, IReadOnlyDictionary<string, string> knownNodes)
    {
        var owner = endpoint.Id;
        var newComponents = new List<NewComponent> { Component(owner, Ready) };
        var forced = new Dictionary<string, string> { [owner.Value] = Ready };
        var poweredOn = new List<string>();
        var endpoints = new List<PlannedEndpoint>();
        var interfaces = new List<DiscoveredInterface>();

        // A component that reports power: On or Off as it says, else Populated. Off is forced; On corrects a state
        // that contradicts it (see InventoryIngestionService.CorrectStatesAsync).
        void AddPowered(Xname id, string? powerState)
        {
            var power = powerState?.Trim().ToLowerInvariant();
            newComponents.Add(Component(id, power switch { "on" => "On", "off" => "Off", _ => "Populated" }));
            if (power == "off")
            {
                forced[id.Value] = "Off";
            }
            else if (power == "on")
            {
                poweredOn.Add(id.Value);
            }
        }

        var systems = inventory.Systems.DistinctBy(s => s.OdataId).ToList();
        var nodes = systems.Count == 0 ? new Dictionary<string, Xname>() : NodeLocations.Assign(owner, systems.Select(s => s.OdataId), knownNodes);
        foreach (var system in systems)
        {
            var node = nodes[system.OdataId];
            AddPowered(node, system.PowerState);
            endpoints.Add(ComponentEndpointPlanner.System(system, node));
            interfaces.AddRange(system.Nics.Select(n => new DiscoveredInterface(n.Mac, node.Value, n.Ip, n.Description)));
        }

        var chassis = (inventory.Chassis ?? []).DistinctBy(c => c.OdataId).ToList();
        var located = ChassisLocations.Assign(owner, [.. chassis.Select(c => c.Description)]);
        foreach (var part in chassis)
        {
            if (located.TryGetValue(part.OdataId, out var xname))
            {
                AddPowered(xname, part.PowerState);
                endpoints.Add(ComponentEndpointPlanner.Chassis(part, xname));
            }
        }

        var manager = PrimaryManager(inventory.Managers, endpoint);
        if (manager is not null && inventory.Systems.Any(s => s.OdataId == manager.OdataId))
        {
            return Problem.BadRequest($"{manager.OdataId} is reported both as a System and as the Manager");
        }

        if (manager is not null)
        {
            endpoints.Add(ComponentEndpointPlanner.Manager(manager, owner));
            interfaces.AddRange(manager.Nics.Select(n => new DiscoveredInterface(n.Mac, owner.Value, n.Ip, n.Description)));
        }

        if (inventory.Outlets.Count > 0)
        {
            endpoints.Add(ComponentEndpointPlanner.PduController(owner));
            foreach (var outlet in inventory.Outlets.DistinctBy(o => o.IdSuffix))
            {
                var connector = Xname.Parse(owner.Value + outlet.IdSuffix);
                var state = outlet.State.Equals("on", StringComparison.OrdinalIgnoreCase) ? "On"
                    : outlet.State.Equals("off", StringComparison.OrdinalIgnoreCase) ? "Off" : "Populated";
                newComponents.Add(Component(connector, state));
                forced[connector.Value] = state;
                endpoints.Add(ComponentEndpointPlanner.Outlet(outlet, connector));
            }
        }

        return SharedPath(endpoints) is { } shared ? Problem.BadRequest(shared)
            : ConflictingMac(interfaces) is { } conflict ? Problem.BadRequest(conflict)
            : new IngestionPlan(newComponents, forced, poweredOn, endpoints, interfaces, inventory.Chassis is not null, inventory.Services);
    }

    /// <summary>
    /// The BMC's own manager: the one reachable at the endpoint's address, else the one of type BMC, else the first.
    /// (An enclosure service lists several managers; only one of them is this endpoint.)
    /// </summary>
    private static DiscoveredManager? PrimaryManager(IReadOnlyList<DiscoveredManager> managers, ValidRedfishEndpoint endpoint) =>
        managers.FirstOrDefault(m => m.Nics.Any(n => n.Ip is { } ip && (ip == endpoint.IpAddress || ip == endpoint.Fqdn)))
        ?? managers.FirstOrDefault(m => m.ManagerType.Equals("BMC", StringComparison.OrdinalIgnoreCase))
        ?? managers.OrderBy(m => RedfishPaths.LastSegment(m.OdataId), NaturalOrder.Instance).FirstOrDefault();

    /// <summary>One resource reported as two components (a chassis at a System's path): an endpoint records each path once.</summary>
    private static string? SharedPath(List<PlannedEndpoint> endpoints) =>
        endpoints.GroupBy(e => e.OdataId).FirstOrDefault(g => g.Count() > 1) is { } shared
            ? $"{shared.Key} is reported for both {string.Join(" and ", shared.Select(e => $"{e.Id} ({e.RedfishType})"))}"
            : null;

    private static string? ConflictingMac(List<DiscoveredInterface> interfaces) =>
        interfaces.GroupBy(i => i.Mac).FirstOrDefault(g => g.Select(i => i.ComponentId).Distinct().Count() > 1) is { } clash
            ? $"MAC {clash.Key} is reported for both {string.Join(" and ", clash.Select(i => i.ComponentId).Distinct())}"
            : null;

    private static NewComponent Component(Xname id, string state) =>
        new(id, state, "OK", Enabled: true, SoftwareStatus: null, Role: null, SubRole: null, Nid: null, Subtype: null, NetType: null, Arch: null, Class: null);
}
