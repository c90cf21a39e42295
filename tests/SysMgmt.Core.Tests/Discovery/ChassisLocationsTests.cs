using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Tests.Discovery;

/// <summary>
/// Which chassis are components, with the chassis of each shared mockup (<c>../shared/redfish-mockups</c>) written
/// out as the discovery agent describes them.
/// </summary>
public class ChassisLocationsTests
{
    private const string NodeBmc = "x1000c0s0b0";
    private const string Cmm = "x1000c0b0";

    /// <summary>Per mockup: its chassis, and which of them are components behind NodeBMC <see cref="NodeBmc"/>.</summary>
    private static readonly Dictionary<string, (ChassisDescription[] Chassis, string Expected)> s_nodeBmcMockups = new()
    {
        ["dmtf-public-rackmount1"] = ([Top("1U", "RackMount", linksSystems: true)], "1U=x1000c0s0e0"),
        ["dmtf-public-tower"] = ([Top("Tower", "StandAlone", linksSystems: true)], "Tower=x1000c0s0e0"),
        ["csm-rie-OpenBMC-stock"] = ([Top("chassis", "RackMount", linksSystems: true)], "chassis=x1000c0s0e0"),
        ["dmtf-public-bladed"] = (
            [Top("MultiBladeEncl", "Enclosure"), .. Enumerable.Range(1, 4).Select(i => Contained($"Blade{i}", "Blade", "MultiBladeEncl", linksSystems: true))],
            "MultiBladeEncl=x1000c0s0e0"),
        ["csm-rie-EX425"] = ([Top("Enclosure", "Enclosure"), Top("Mezz0", "Card"), Top("Node0", "Blade"), Top("Node1", "Blade")], "Enclosure=x1000c0s0e0"),
        // The top-level RackMount and StandAlone answer an error body, so the agent has nothing to describe for them
        // but a path; what it can read are FRU cards, each contained by one of them.
        ["csm-rie-Intel"] = (
            [
                Top("RackMount", null),
                Contained("Baseboard", "Card", "RackMount", linksSystems: true),
                Contained("HSBackplane", "Card", "StandAlone", linksSystems: true),
                Contained("PCIeRiser1", "Card", "RackMount", linksSystems: true),
                Contained("PwrSupply1FRU", "Card", "RackMount", linksSystems: true),
            ],
            ""),
    };

    public static TheoryData<string> NodeBmcMockups => [.. s_nodeBmcMockups.Keys];

    [Theory]
    [MemberData(nameof(NodeBmcMockups))]
    public void Assign_MockupBehindNodeBmc_LocatesItsNodeEnclosureOnly(string mockup)
    {
        var (chassis, expected) = s_nodeBmcMockups[mockup];

        Assert.Equal(expected, Describe(ChassisLocations.Assign(Xname.Parse(NodeBmc), chassis)));
    }

    [Fact]
    public void Assign_CmmMockup_LocatesTheChassisItsComputeAndRouterModules()
    {
        ChassisDescription[] chassis =
        [
            Top("Enclosure", "Enclosure"),
            .. Enumerable.Range(0, 8).Select(i => Top($"Blade{i}", "Blade")),
            .. Enumerable.Range(0, 8).Select(i => Top($"Perif{i}", "Blade")),
        ];

        var located = ChassisLocations.Assign(Xname.Parse(Cmm), chassis);

        Assert.Equal(
            string.Join(",", [
                .. Enumerable.Range(0, 8).Select(i => $"Blade{i}=x1000c0s{i}"), "Enclosure=x1000c0",
                .. Enumerable.Range(0, 8).Select(i => $"Perif{i}=x1000c0r{i}")]),
            Describe(located));
        Assert.Equal(XnameType.Chassis, located["/redfish/v1/Chassis/Enclosure"].Type);
        Assert.Equal(XnameType.ComputeModule, located["/redfish/v1/Chassis/Blade3"].Type);
        Assert.Equal(XnameType.RouterModule, located["/redfish/v1/Chassis/Perif3"].Type);
    }

    [Theory]
    [InlineData("x1000c0s3b1", "x1000c0s3e1")]
    [InlineData("x3000c0s19b0", "x3000c0s19e0")]
    public void Assign_NodeBmc_EnclosureTakesTheBmcNumber(string bmc, string expected)
    {
        var located = ChassisLocations.Assign(Xname.Parse(bmc), [Top("Enclosure", "Enclosure")]);

        Assert.Equal(expected, Assert.Single(located.Values).Value);
        Assert.Equal(XnameType.NodeEnclosure, located.Values.Single().Type);
    }

    [Fact]
    public void Assign_SeveralCandidates_TheOneLinkingSystemsWinsElseTheFirstInNaturalOrder()
    {
        var withSystems = ChassisLocations.Assign(Xname.Parse(NodeBmc), [Top("A", "RackMount"), Top("B", "Sled", linksSystems: true)]);
        var withoutSystems = ChassisLocations.Assign(Xname.Parse(NodeBmc), [Top("Shelf10", "Shelf"), Top("Shelf2", "Drawer"), Top("Z", "rack")]);

        Assert.Equal("B=x1000c0s0e0", Describe(withSystems));
        Assert.Equal("Shelf2=x1000c0s0e0", Describe(withoutSystems));
    }

    [Theory]
    [InlineData("Blade", "Blade")]
    [InlineData("Card", "Card")]
    [InlineData("Module", "Module")]
    [InlineData("Component", "Component")]
    [InlineData("Other", "Other")]
    [InlineData("NoType", null)]
    public void Assign_NodeBmcChassisOfOtherTypesWithoutSystems_AreNotComponents(string id, string? type)
    {
        Assert.Empty(ChassisLocations.Assign(Xname.Parse(NodeBmc), [Top(id, type)]));
    }

    [Fact]
    public void Assign_ContainedChassisLinkingSystems_IsNotAComponent()
    {
        Assert.Empty(ChassisLocations.Assign(Xname.Parse(NodeBmc), [Contained("Sled1", "Sled", "Rack", linksSystems: true)]));
    }

    [Fact]
    public void Assign_CmmOddIds_CaseAndLeadingZerosIgnoredInvalidAndDuplicateXnamesSkipped()
    {
        ChassisDescription[] chassis =
        [
            Top("blade3", "Blade"), Top("PERIF01", "Blade"), Top("Perif1", "Blade"), Top("Blade99999999999", "Blade"),
            Top("BladeX", "Blade"), Top("Blade", "Blade"), Contained("Blade5", "Blade", "Enclosure", linksSystems: false),
        ];

        var located = ChassisLocations.Assign(Xname.Parse(Cmm), chassis);

        Assert.Equal("Blade5=x1000c0s5,PERIF01=x1000c0r1,blade3=x1000c0s3", Describe(located));
    }

    [Fact]
    public void Assign_CmmWithTwoEnclosures_TheTopLevelOneIsTheChassis()
    {
        var located = ChassisLocations.Assign(Xname.Parse(Cmm), [Contained("A", "Enclosure", "B", linksSystems: false), Top("B", "Enclosure")]);

        Assert.Equal("B=x1000c0", Describe(located));
    }

    [Theory]
    [InlineData("x3000c0r1b0")]
    [InlineData("x3000m0")]
    [InlineData("x3000c0w1")]
    public void Assign_OtherEndpointTypes_LocateNothing(string endpoint)
    {
        Assert.Empty(ChassisLocations.Assign(Xname.Parse(endpoint), [Top("Enclosure", "Enclosure", linksSystems: true), Top("Blade0", "Blade")]));
    }

    [Fact]
    public void Assign_PathListedTwice_TheFirstCounts()
    {
        var located = ChassisLocations.Assign(Xname.Parse(NodeBmc), [Top("A", "Card"), Top("A", "RackMount")]);

        Assert.Empty(located);
    }

    private static ChassisDescription Top(string id, string? type, bool linksSystems = false) =>
        new($"/redfish/v1/Chassis/{id}", type, null, linksSystems);

    private static ChassisDescription Contained(string id, string type, string parent, bool linksSystems) =>
        new($"/redfish/v1/Chassis/{id}", type, $"/redfish/v1/Chassis/{parent}", linksSystems);

    private static string Describe(IReadOnlyDictionary<string, Xname> located) =>
        string.Join(",", located.OrderBy(l => RedfishPaths.LastSegment(l.Key), StringComparer.Ordinal).Select(l => $"{RedfishPaths.LastSegment(l.Key)}={l.Value}"));
}
