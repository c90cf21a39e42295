using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Discovery;

/// <summary>Everything one ingestion will write, worked out before the first statement runs.</summary>
internal sealed record IngestionPlan(
    IReadOnlyList<NewComponent> NewComponents,
    IReadOnlyDictionary<string, string> ForcedStates,
    IReadOnlyList<string> PoweredOn,
    IReadOnlyList<PlannedEndpoint> Endpoints,
    IReadOnlyList<DiscoveredInterface> Interfaces)
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

        var systems = inventory.Systems.DistinctBy(s => s.OdataId).ToList();
        var nodes = systems.Count == 0 ? new Dictionary<string, Xname>() : NodeLocations.Assign(owner, systems.Select(s => s.OdataId), knownNodes);
        foreach (var system in systems)
        {
            var node = nodes[system.OdataId];
            var power = system.PowerState?.Trim().ToLowerInvariant();
            newComponents.Add(Component(node, power switch { "on" => "On", "off" => "Off", _ => "Populated" }));
            if (power == "off")
            {
                forced[node.Value] = "Off";
            }
            else if (power == "on")
            {
                poweredOn.Add(node.Value);
            }

            endpoints.Add(ComponentEndpointPlanner.System(system, node));
            interfaces.AddRange(system.Nics.Select(n => new DiscoveredInterface(n.Mac, node.Value, n.Ip, n.Description)));
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

        return ConflictingMac(interfaces) is { } conflict
            ? Problem.BadRequest(conflict)
            : new IngestionPlan(newComponents, forced, poweredOn, endpoints, interfaces);
    }

    /// <summary>
    /// The BMC's own manager: the one reachable at the endpoint's address, else the one of type BMC, else the first.
    /// (An enclosure service lists several managers; only one of them is this endpoint.)
    /// </summary>
    private static DiscoveredManager? PrimaryManager(IReadOnlyList<DiscoveredManager> managers, ValidRedfishEndpoint endpoint) =>
        managers.FirstOrDefault(m => m.Nics.Any(n => n.Ip is { } ip && (ip == endpoint.IpAddress || ip == endpoint.Fqdn)))
        ?? managers.FirstOrDefault(m => m.ManagerType.Equals("BMC", StringComparison.OrdinalIgnoreCase))
        ?? managers.OrderBy(m => RedfishPaths.LastSegment(m.OdataId), NaturalOrder.Instance).FirstOrDefault();

    private static string? ConflictingMac(List<DiscoveredInterface> interfaces) =>
        interfaces.GroupBy(i => i.Mac).FirstOrDefault(g => g.Select(i => i.ComponentId).Distinct().Count() > 1) is { } clash
            ? $"MAC {clash.Key} is reported for both {string.Join(" and ", clash.Select(i => i.ComponentId).Distinct())}"
            : null;

    private static NewComponent Component(Xname id, string state) =>
        new(id, state, "OK", Enabled: true, SoftwareStatus: null, Role: null, SubRole: null, Nid: null, Subtype: null, NetType: null, Arch: null, Class: null);
}
