using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Tests.Xnames;

public class XnameTypesTests
{
    [Theory]
    [InlineData(XnameType.NodeBMC, "NodeBMC")]
    [InlineData(XnameType.NodeNic, "NodeNic")]
    [InlineData(XnameType.NodeHsnNic, "NodeHsnNic")]
    [InlineData(XnameType.HSNAsic, "HSNAsic")]
    [InlineData(XnameType.CDUMgmtSwitch, "CDUMgmtSwitch")]
    [InlineData(XnameType.CabinetPDUPowerConnector, "CabinetPDUPowerConnector")]
    [InlineData(XnameType.RouterTORFpga, "RouterTORFpga")]
    [InlineData(XnameType.SMSBox, "SMSBox")]
    [InlineData(XnameType.Invalid, "INVALID")]
    public void Name_Type_ReturnsHmsSpelling(XnameType type, string expected)
    {
        Assert.Equal(expected, XnameTypes.Name(type));
    }

    [Fact]
    public void Name_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => XnameTypes.Name((XnameType)999));
    }

    [Theory]
    [InlineData("NodeBMC", XnameType.NodeBMC)]
    [InlineData("nodebmc", XnameType.NodeBMC)]
    [InlineData("NODENIC", XnameType.NodeNic)]
    [InlineData("NodeNIC", XnameType.NodeNic)]
    [InlineData("hsnasic", XnameType.HSNAsic)]
    [InlineData("virtualnode", XnameType.VirtualNode)]
    [InlineData("system", XnameType.System)]
    public void TryParseName_KnownTypeAnyCase_ReturnsType(string name, XnameType expected)
    {
        Assert.True(XnameTypes.TryParseName(name, out var type));

        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("INVALID")]
    [InlineData("Invalid")]
    [InlineData("All")]
    [InlineData("all_comp")]
    [InlineData("3")]
    [InlineData("Node ")]
    [InlineData("Nodes")]
    public void TryParseName_NotAComponentType_ReturnsFalse(string? name)
    {
        Assert.False(XnameTypes.TryParseName(name, out var type));

        Assert.Equal(XnameType.Invalid, type);
    }

    [Fact]
    public void TryParseName_EveryName_RoundTrips()
    {
        foreach (var type in XnameTypes.All)
        {
            Assert.True(XnameTypes.TryParseName(XnameTypes.Name(type).ToLowerInvariant(), out var parsed));
            Assert.Equal(type, parsed);
        }
    }

    [Fact]
    public void All_ExcludesInvalidAndListsEveryOtherMember()
    {
        Assert.DoesNotContain(XnameType.Invalid, XnameTypes.All);
        Assert.Equal(Enum.GetValues<XnameType>().Length - 1, XnameTypes.All.Count);
        // hms-xname declares 52 component types besides the wildcards and INVALID.
        Assert.Equal(52, XnameTypes.All.Count);
    }

    [Fact]
    public void ServiceValueNames_ListsEveryTypeThenWildcardsAndInvalid()
    {
        var names = XnameTypes.ServiceValueNames;

        Assert.Equal(XnameTypes.All.Count + 4, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["All", "AllComp", "AllSvc", "INVALID"], names.TakeLast(4));
        Assert.Contains("NodeBMC", names);
        Assert.Contains("NodeNic", names);
        Assert.Contains("CabinetPDUOutlet", names);
    }

    [Fact]
    public void IsController_EveryType_TrueOnlyForBmcsAndPduController()
    {
        XnameType[] expected = [XnameType.ChassisBMC, XnameType.RouterBMC, XnameType.NodeBMC, XnameType.CabinetPDUController];

        Assert.Equal(expected.Order(), XnameTypes.All.Where(XnameTypes.IsController).Order());
        Assert.False(XnameTypes.IsController(XnameType.Invalid));
    }

    [Fact]
    public void IsRedfishEndpointType_EveryType_TrueForControllersAndManagementSwitches()
    {
        XnameType[] expected =
        [
            XnameType.ChassisBMC, XnameType.RouterBMC, XnameType.NodeBMC, XnameType.CabinetPDUController,
            XnameType.MgmtSwitch, XnameType.MgmtHLSwitch, XnameType.CDUMgmtSwitch,
        ];

        Assert.Equal(expected.Order(), XnameTypes.All.Where(XnameTypes.IsRedfishEndpointType).Order());
    }
}
