using SysMgmt.Core.Xnames;
using SysMgmt.Smd.Discovery;
using SysMgmt.Smd.RedfishEndpoints;

namespace SysMgmt.Smd.Tests.Discovery;

/// <summary>What one ingestion will write, worked out without a database: nodes, states, endpoints, NICs and refusals.</summary>
public sealed class IngestionPlanTests
{
    private const string Bmc = "x3000c0s7b0";
    private const string BmcIp = "192.0.2.7";
    private static readonly Dictionary<string, string> NothingKnown = [];

    [Fact]
    public void Build_TwoSystemsInAnyOrder_NumbersThemInNaturalOrderOfTheirIds()
    {
        var plan = Plan(Inventory([System("/redfish/v1/Systems/Node10"), System("/redfish/v1/Systems/Node2")]));

        Assert.Equal(
            [("x3000c0s7b0n0", "/redfish/v1/Systems/Node2"), ("x3000c0s7b0n1", "/redfish/v1/Systems/Node10")],
            plan.Endpoints.Where(e => e.RedfishType == "ComputerSystem").Select(e => (e.Id, e.OdataId)).OrderBy(e => e.Id, StringComparer.Ordinal));
    }

    [Fact]
    public void Build_SystemSeenBefore_KeepsItsNodeAndANewSystemTakesTheLowestFreeNumber()
    {
        var known = new Dictionary<string, string> { ["/redfish/v1/Systems/Node1"] = "x3000c0s7b0n0" };

        var plan = Plan(Inventory([System("/redfish/v1/Systems/Node0"), System("/redfish/v1/Systems/Node1")]), known);

        var nodes = plan.Endpoints.Where(e => e.RedfishType == "ComputerSystem").ToDictionary(e => e.OdataId, e => e.Id);
        Assert.Equal("x3000c0s7b0n0", nodes["/redfish/v1/Systems/Node1"]);
        Assert.Equal("x3000c0s7b0n1", nodes["/redfish/v1/Systems/Node0"]);
    }

    [Theory]
    [InlineData("On", "On", false, true)]
    [InlineData(" off ", "Off", true, false)]
    [InlineData("PoweringOn", "Populated", false, false)]
    [InlineData(null, "Populated", false, false)]
    public void Build_SystemPowerState_GivesTheNodesStateAndWhetherItIsForcedOrCorrected(string? power, string state, bool forced, bool poweredOn)
    {
        var plan = Plan(Inventory([System("/redfish/v1/Systems/1", power)]));

        const string node = "x3000c0s7b0n0";
        Assert.Equal(state, plan.NewComponents.Single(c => c.Id.Value == node).State);
        Assert.Equal(forced, plan.ForcedStates.ContainsKey(node));
        Assert.Equal(poweredOn, plan.PoweredOn.Contains(node));
    }

    [Fact]
    public void Build_AnyInventory_MakesTheBmcReadyWhateverItWasBefore()
    {
        var plan = Plan(Inventory([]));

        Assert.Equal("Ready", plan.NewComponents.Single(c => c.Id.Value == Bmc).State);
        Assert.Equal("Ready", plan.ForcedStates[Bmc]);
    }

    [Fact]
    public void Build_SystemNics_BelongToTheirNodeAndTheManagersToTheBmc()
    {
        var manager = Manager("/redfish/v1/Managers/1", "BMC", Nic("02:00:00:00:00:01", BmcIp));
        var plan = Plan(Inventory([System("/redfish/v1/Systems/1", nics: [Nic("02:00:00:00:00:02", null)])], [manager]));

        Assert.Equal(
            [("02:00:00:00:00:01", Bmc), ("02:00:00:00:00:02", "x3000c0s7b0n0")],
            plan.Interfaces.Select(i => (i.Mac, i.ComponentId)).OrderBy(i => i.Mac, StringComparer.Ordinal));
    }

    [Fact]
    public void Build_SeveralManagers_TakesTheOneAtTheEndpointsAddressBeforeTheOneOfTypeBmc()
    {
        var plan = Plan(Inventory([], [
            Manager("/redfish/v1/Managers/BMC", "BMC", Nic("02:00:00:00:00:0a", "192.0.2.99")),
            Manager("/redfish/v1/Managers/Enclosure", "EnclosureManager", Nic("02:00:00:00:00:0b", BmcIp)),
        ]));

        Assert.Equal("/redfish/v1/Managers/Enclosure", plan.Endpoints.Single(e => e.Id == Bmc).OdataId);
        Assert.Equal(["02:00:00:00:00:0b"], plan.Interfaces.Select(i => i.Mac));
    }

    [Fact]
    public void Build_NoManagerAtTheAddressOrOfTypeBmc_TakesTheFirstInNaturalOrder()
    {
        var plan = Plan(Inventory([], [Manager("/redfish/v1/Managers/10", "Service"), Manager("/redfish/v1/Managers/9", "Service")]));

        Assert.Equal("/redfish/v1/Managers/9", plan.Endpoints.Single(e => e.Id == Bmc).OdataId);
    }

    [Fact]
    public void Build_ManagerAlsoReportedAsASystem_IsRefused()
    {
        var outcome = IngestionPlan.Build(Endpoint(), Inventory([System("/redfish/v1/Systems/1")], [Manager("/redfish/v1/Systems/1", "BMC")]), NothingKnown);

        Assert.Equal(400, outcome.Problem?.Status);
        Assert.Contains("/redfish/v1/Systems/1 is reported both as a System and as the Manager", outcome.Problem!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneMacOnTwoNodes_IsRefusedNamingTheMacAndBothComponents()
    {
        const string mac = "02:00:00:00:00:05";
        var outcome = IngestionPlan.Build(
            Endpoint(),
            Inventory([System("/redfish/v1/Systems/1", nics: [Nic(mac, null)]), System("/redfish/v1/Systems/2", nics: [Nic(mac, null)])]),
            NothingKnown);

        Assert.Equal(400, outcome.Problem?.Status);
        Assert.Equal($"MAC {mac} is reported for both x3000c0s7b0n0 and x3000c0s7b0n1", outcome.Problem!.Detail);
    }

    [Fact]
    public void Build_SameMacTwiceOnOneNode_IsOneInterfaceNotAConflict()
    {
        const string mac = "02:00:00:00:00:06";
        var outcome = IngestionPlan.Build(Endpoint(), Inventory([System("/redfish/v1/Systems/1", nics: [Nic(mac, null), Nic(mac, "192.0.2.20")])]), NothingKnown);

        Assert.Null(outcome.Problem);
    }

    [Fact]
    public void Build_SystemListedTwice_CountsOnce()
    {
        var plan = Plan(Inventory([System("/redfish/v1/Systems/1"), System("/redfish/v1/Systems/1")]));

        Assert.Single(plan.Endpoints, e => e.RedfishType == "ComputerSystem");
        Assert.Single(plan.NewComponents, c => c.Id.Type == XnameType.Node);
    }

    [Fact]
    public void Build_WithoutChassisOrServices_LeavesTheRecordedOnesAlone()
    {
        var plan = Plan(Inventory([]));

        Assert.False(plan.ReplacesChassis);
        Assert.Null(plan.Services);
    }

    [Fact]
    public void Build_WithAnEmptyChassisList_ReplacesTheRecordedChassisWithNone()
    {
        var plan = Plan(Inventory([]) with { Chassis = [], Services = [] });

        Assert.True(plan.ReplacesChassis);
        Assert.Empty(plan.Services!);
        Assert.DoesNotContain(plan.Endpoints, e => e.RedfishType == "Chassis");
    }

    [Fact]
    public void Build_PduOutlets_BecomeConnectorsWithTheirStateForced()
    {
        var endpoint = Endpoint("x3000m0");
        var inventory = new DiscoveredInventory([], [], [Outlet("p0v1", "On"), Outlet("p0v2", "off"), Outlet("p0v3", "unknown")], "1.0.0");

        var plan = IngestionPlan.Build(endpoint, inventory, NothingKnown).Value!;

        Assert.Equal(
            [("x3000m0p0v1", "On"), ("x3000m0p0v2", "Off"), ("x3000m0p0v3", "Populated")],
            plan.ForcedStates.Where(s => s.Key != "x3000m0").Select(s => (s.Key, s.Value)).OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Contains(plan.Endpoints, e => e.Id == "x3000m0");
    }

    private static IngestionPlan Plan(DiscoveredInventory inventory, IReadOnlyDictionary<string, string>? known = null)
    {
        var outcome = IngestionPlan.Build(Endpoint(), inventory, known ?? NothingKnown);
        Assert.Null(outcome.Problem);
        return outcome.Value!;
    }

    private static ValidRedfishEndpoint Endpoint(string id = Bmc) =>
        new(Xname.Parse(id), "", BmcIp, "", BmcIp, Enabled: true, Uuid: "", User: "root", Password: null, UseSsdp: false,
            MacRequired: false, MacAddr: "", IpAddress: BmcIp, RediscoverOnUpdate: false, TemplateId: "");

    private static DiscoveredInventory Inventory(IReadOnlyList<DiscoveredSystem> systems, IReadOnlyList<DiscoveredManager>? managers = null) =>
        new(systems, managers ?? [], [], "1.0.0");

    private static DiscoveredSystem System(string path, string? power = "On", params DiscoveredNic[] nics) =>
        new(path, Uuid: "", Name: "System", SystemType: "Physical", power, ResetTypes: ["On", "ForceOff"], nics, ChassisPath: null, PowerControlIds: []);

    private static DiscoveredManager Manager(string path, string type, params DiscoveredNic[] nics) =>
        new(path, Uuid: "", Name: "Manager", type, ResetTypes: null, nics, CommandShell: null);

    private static DiscoveredNic Nic(string mac, string? ip) =>
        new($"/redfish/v1/EthernetInterfaces/{mac}", mac, ip, Name: "eth", Description: "", Enabled: true);

    private static DiscoveredOutlet Outlet(string suffix, string state) =>
        new(OriginalId: suffix, IdSuffix: suffix, Name: suffix, state, SocketType: "C13");
}
