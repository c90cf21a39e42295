using SysMgmt.Core.Xnames;

namespace SysMgmt.Core.Tests.Xnames;

public class XnameTests
{
    /// <summary>One valid example per HMS type (two for types with alternative spellings), with its parent.</summary>
    public static TheoryData<string, XnameType, string?, XnameType?> ValidExamples { get; } = new()
    {
        { "s0", XnameType.System, null, null },
        { "sms1", XnameType.SMSBox, null, null },
        { "p1", XnameType.Partition, null, null },
        { "p1.2", XnameType.Partition, null, null },
        { "d0", XnameType.CDU, "s0", XnameType.System },
        { "d0w1", XnameType.CDUMgmtSwitch, "d0", XnameType.CDU },
        { "x3000", XnameType.Cabinet, "s0", XnameType.System },
        { "x1000b0", XnameType.CabinetBMC, "x1000", XnameType.Cabinet },
        { "x1000d1", XnameType.CabinetCDU, "x1000", XnameType.Cabinet },
        { "x1000e1", XnameType.CEC, "x1000", XnameType.Cabinet },
        { "x3000m3", XnameType.CabinetPDUController, "x3000", XnameType.Cabinet },
        { "x3000m0p7", XnameType.CabinetPDU, "x3000m0", XnameType.CabinetPDUController },
        { "x3000m0i3", XnameType.CabinetPDUNic, "x3000m0", XnameType.CabinetPDUController },
        { "x3000m0p0j1", XnameType.CabinetPDUOutlet, "x3000m0p0", XnameType.CabinetPDU },
        { "x3000m0p0v12", XnameType.CabinetPDUPowerConnector, "x3000m0p0", XnameType.CabinetPDU },
        { "x1000c7", XnameType.Chassis, "x1000", XnameType.Cabinet },
        { "x1000c0b0", XnameType.ChassisBMC, "x1000c0", XnameType.Chassis },
        { "x1000c0b0i3", XnameType.ChassisBMCNic, "x1000c0b0", XnameType.ChassisBMC },
        { "x1000c0t9", XnameType.CMMRectifier, "x1000c0", XnameType.Chassis },
        { "x1000c0f0", XnameType.CMMFpga, "x1000c0", XnameType.Chassis },
        { "x3000c0s19", XnameType.ComputeModule, "x3000c0", XnameType.Chassis },
        { "x3000c0s19b1", XnameType.NodeBMC, "x3000c0s19", XnameType.ComputeModule },
        { "x3000c0s19b1i0", XnameType.NodeBMCNic, "x3000c0s19b1", XnameType.NodeBMC },
        { "x1000c0s0e0", XnameType.NodeEnclosure, "x1000c0s0", XnameType.ComputeModule },
        { "x1000c0s0e0t1", XnameType.NodeEnclosurePowerSupply, "x1000c0s0e0", XnameType.NodeEnclosure },
        { "x3000c0s19v1", XnameType.NodePowerConnector, "x3000c0s19", XnameType.ComputeModule },
        { "x3000c0s19j2", XnameType.NodePowerConnector, "x3000c0s19", XnameType.ComputeModule },
        { "x1000c0s0b0f0", XnameType.NodeFpga, "x1000c0s0b0", XnameType.NodeBMC },
        { "x1000c0s0b0n0", XnameType.Node, "x1000c0s0b0", XnameType.NodeBMC },
        { "x1000c0s0b0n0v0", XnameType.VirtualNode, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0p3", XnameType.Processor, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0d3", XnameType.Memory, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0a0", XnameType.NodeAccel, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0r7", XnameType.NodeAccelRiser, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0h3", XnameType.NodeHsnNic, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0i3", XnameType.NodeNic, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0g0", XnameType.StorageGroup, "x1000c0s0b0n0", XnameType.Node },
        { "x1000c0s0b0n0g0k1", XnameType.Drive, "x1000c0s0b0n0g0", XnameType.StorageGroup },
        { "x1000c0r1", XnameType.RouterModule, "x1000c0", XnameType.Chassis },
        { "x1000c0r1b0", XnameType.RouterBMC, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1b0i3", XnameType.RouterBMCNic, "x1000c0r1b0", XnameType.RouterBMC },
        { "x1000c0r1f1", XnameType.RouterFpga, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1t0", XnameType.RouterTOR, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1t0f1", XnameType.RouterTORFpga, "x1000c0r1t0", XnameType.RouterTOR },
        { "x1000c0r1v2", XnameType.RouterPowerConnector, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1a3", XnameType.HSNAsic, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1a0l3", XnameType.HSNLink, "x1000c0r1a0", XnameType.HSNAsic },
        { "x1000c0r1e0", XnameType.HSNBoard, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1j16", XnameType.HSNConnector, "x1000c0r1", XnameType.RouterModule },
        { "x1000c0r1j1p2", XnameType.HSNConnectorPort, "x1000c0r1j1", XnameType.HSNConnector },
        { "x3000c0w14", XnameType.MgmtSwitch, "x3000c0", XnameType.Chassis },
        { "x3000c0w14j48", XnameType.MgmtSwitchConnector, "x3000c0w14", XnameType.MgmtSwitch },
        { "x3000c0h33", XnameType.MgmtHLSwitchEnclosure, "x3000c0", XnameType.Chassis },
        { "x3000c0h33s1", XnameType.MgmtHLSwitch, "x3000c0h33", XnameType.MgmtHLSwitchEnclosure },
    };

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void TryParse_ValidExample_ReturnsTypeAndParent(string input, XnameType type, string? parent, XnameType? parentType)
    {
        Assert.True(Xname.TryParse(input, out var xname, out var error), error);

        Assert.Equal(string.Empty, error);
        Assert.Equal(input, xname.Value);
        Assert.Equal(type, xname.Type);
        Assert.Equal(parent, xname.Parent?.Value);
        Assert.Equal(parentType, xname.Parent?.Type);
    }

    [Fact]
    public void ValidExamples_CoverEveryType()
    {
        var covered = ValidExamples.Select(row => row.Data.Item2);

        Assert.Empty(XnameTypes.All.Except(covered));
    }

    public static TheoryData<string> ValidInputs { get; } = [.. ValidExamples.Select(row => row.Data.Item1)];

    [Theory]
    [MemberData(nameof(ValidInputs))]
    public void Parent_WalkedToTheTop_ContainsTheChildAtEveryStep(string input)
    {
        var xname = Xname.Parse(input);

        var steps = 0;
        for (var ancestor = xname.Parent; ancestor is { } current; ancestor = current.Parent)
        {
            Assert.True(current.IsSelfOrAncestorOf(xname), $"{current} should contain {xname}");
            Assert.False(xname.IsSelfOrAncestorOf(current), $"{xname} should not contain {current}");
            Assert.True(++steps < 12, "parent chain does not terminate");
        }
    }

    [Theory]
    [InlineData("x0001c0s05b0", "x1c0s5b0")]
    [InlineData("X3000C0S19B1N0", "x3000c0s19b1n0")]
    [InlineData("  x1c0s0b0n0\t", "x1c0s0b0n0")]
    [InlineData("x00c00", "x0c0")]
    [InlineData("x1000C0s0B00n00", "x1000c0s0b0n0")]
    [InlineData("x3000c0s010b0", "x3000c0s10b0")]
    [InlineData("p01.002", "p1.2")]
    [InlineData("d007W01", "d7w1")]
    [InlineData("SMS01", "sms1")]
    [InlineData("S0", "s0")]
    public void TryParse_UnnormalisedInput_ReturnsNormalisedValue(string input, string expected)
    {
        Assert.True(Xname.TryParse(input, out var xname, out var error), error);

        Assert.Equal(expected, xname.Value);
    }

    [Theory]
    [InlineData("Foo007Bar00", "foo7bar0")]
    [InlineData("007", "7")]
    [InlineData("0", "0")]
    [InlineData(" x01C00 ", "x1c0")]
    [InlineData("   ", "")]
    [InlineData("a0.00", "a0.0")]
    public void Normalize_AnyString_TrimsLowersAndStripsLeadingZeros(string input, string expected)
    {
        Assert.Equal(expected, Xname.Normalize(input));
    }

    [Fact]
    public void Normalize_AlreadyNormalised_ReturnsSameInstance()
    {
        var input = "x1c0s0b0n0";

        Assert.Same(input, Xname.Normalize(input));
        Assert.Same(input, Xname.Parse(input).Value);
    }

    [Theory]
    [InlineData("foo", "it does not match any HMS component type")]
    [InlineData("all", "it does not match any HMS component type")]
    [InlineData("#x1", "it does not match any HMS component type")]
    [InlineData("x", "'x' must be followed by a cabinet number")]
    [InlineData("x1c", "'c' must be followed by a chassis number")]
    [InlineData("x1c0s0b0n", "'n' must be followed by a node number")]
    [InlineData("p1.", "'.' must be followed by a soft partition number")]
    [InlineData("x1c0z1", "'z' cannot follow Chassis 'x1c0'")]
    [InlineData("x1c0s0b0n0x1", "'x' cannot follow Node 'x1c0s0b0n0'")]
    [InlineData("x1c0s0b0n0-a", "unexpected character '-' after Node 'x1c0s0b0n0'")]
    [InlineData("x1 c0", "unexpected character ' ' after Cabinet 'x1'")]
    [InlineData("p1x2", "'x' cannot follow Partition 'p1'")]
    [InlineData("s0x1", "'x' cannot follow System 's0'")]
    [InlineData("s1", "system number 1 must be 0")]
    [InlineData("x10000", "cabinet number 10000 is out of range 0-9999")]
    [InlineData("x1b1", "cabinet BMC number 1 must be 0")]
    [InlineData("x1d2", "cabinet CDU number 2 is out of range 0-1")]
    [InlineData("x1e2", "CEC number 2 is out of range 0-1")]
    [InlineData("x1m4", "PDU controller number 4 is out of range 0-3")]
    [InlineData("x1m0p8", "PDU number 8 is out of range 0-7")]
    [InlineData("x1m0i4", "PDU NIC number 4 is out of range 0-3")]
    [InlineData("x1m0p0j0", "PDU outlet number 0 must be at least 1")]
    [InlineData("x1m0p0v0", "PDU power connector number 0 must be at least 1")]
    [InlineData("x1c9", "chassis number 9 is out of range 0-7")]
    [InlineData("x1c0b1", "chassis BMC number 1 must be 0")]
    [InlineData("x1c0b0i4", "chassis BMC NIC number 4 is out of range 0-3")]
    [InlineData("x1c0t10", "CMM rectifier number 10 is out of range 0-9")]
    [InlineData("x1c0f1", "CMM FPGA number 1 must be 0")]
    [InlineData("x1c0s0j3", "node power connector number 3 is out of range 1-2")]
    [InlineData("x1c0s0v0", "node power connector number 0 is out of range 1-2")]
    [InlineData("x1c0s0b0i4", "node BMC NIC number 4 is out of range 0-3")]
    [InlineData("x1c0s0b0f1", "node FPGA number 1 must be 0")]
    [InlineData("x1c0s0b0n0p4", "processor number 4 is out of range 0-3")]
    [InlineData("x1c0s0b0n0r8", "accelerator riser number 8 is out of range 0-7")]
    [InlineData("x1c0s0b0n0h4", "HSN NIC number 4 is out of range 0-3")]
    [InlineData("x1c0s0b0n0i4", "node NIC number 4 is out of range 0-3")]
    [InlineData("x1c0r0b0i4", "router BMC NIC number 4 is out of range 0-3")]
    [InlineData("x1c0r0f2", "router FPGA number 2 is out of range 0-1")]
    [InlineData("x1c0r0t0f2", "router TOR FPGA number 2 is out of range 0-1")]
    [InlineData("x1c0r0v3", "router power connector number 3 is out of range 1-2")]
    [InlineData("x1c0r0a4", "HSN ASIC number 4 is out of range 0-3")]
    [InlineData("x1c0r0j0", "HSN connector number 0 must be at least 1")]
    [InlineData("x1c0r0j1p3", "HSN connector port number 3 is out of range 0-2")]
    [InlineData("x1c0w0", "management switch number 0 must be at least 1")]
    [InlineData("x1c0w1j0", "management switch connector number 0 must be at least 1")]
    [InlineData("x1c0h0", "high-level switch enclosure number 0 must be at least 1")]
    [InlineData("x1c0h1s0", "high-level switch number 0 is out of range 1-9")]
    [InlineData("x1c0h1s10", "high-level switch number 10 is out of range 1-9")]
    [InlineData("x1c0s99999999999", "slot number 99999999999 is too large")]
    [InlineData("x1c0s2147483648", "slot number 2147483648 is too large")]
    public void TryParse_InvalidXname_ReportsPreciseReason(string input, string reason)
    {
        Assert.False(Xname.TryParse(input, out var xname, out var error));

        Assert.Equal($"'{input}' is not a valid xname: {reason}", error);
        Assert.Equal(default, xname);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void TryParse_EmptyInput_ReportsEmpty(string? input)
    {
        Assert.False(Xname.TryParse(input, out _, out var error));

        Assert.Equal("xname is empty", error);
    }

    [Fact]
    public void TryParse_LargestSlotInIntRange_IsAccepted()
    {
        Assert.True(Xname.TryParse("x9999c7s2147483647", out var xname, out var error), error);

        Assert.Equal(XnameType.ComputeModule, xname.Type);
    }

    [Fact]
    public void TryParse_NumberWrittenWithLeadingZeros_IsRangeCheckedAfterStripping()
    {
        // Normalisation happens first, so "c007" is chassis 7 and "x00010000" is cabinet 10000.
        Assert.True(Xname.TryParse("x1c007", out var chassis, out _));
        Assert.Equal("x1c7", chassis.Value);

        Assert.False(Xname.TryParse("x00010000", out _, out var error));
        Assert.Equal("'x00010000' is not a valid xname: cabinet number 10000 is out of range 0-9999", error);
    }

    [Fact]
    public void Parse_InvalidXname_ThrowsFormatExceptionWithSameMessage()
    {
        var exception = Assert.Throws<FormatException>(() => Xname.Parse("x1c9"));

        Assert.Equal("'x1c9' is not a valid xname: chassis number 9 is out of range 0-7", exception.Message);
    }

    [Fact]
    public void Parse_DifferentSpellingsOfSameId_AreEqual()
    {
        var a = Xname.Parse("X01C0S05B0N0");
        var b = Xname.Parse("x1c0s5b0n0");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("x1c0s5b0n0", a.ToString());
    }

    [Fact]
    public void Default_IsInvalidAndEmpty()
    {
        var xname = default(Xname);

        Assert.Equal(XnameType.Invalid, xname.Type);
        Assert.Equal(string.Empty, xname.Value);
        Assert.Null(xname.Parent);
        Assert.False(xname.IsSelfOrAncestorOf(Xname.Parse("x1")));
        Assert.False(Xname.Parse("s0").IsSelfOrAncestorOf(xname));
    }

    [Theory]
    [InlineData("x1c0s1", "x1c0s1b0", true)]
    [InlineData("x1c0s1", "x1c0s10b0", false)]
    [InlineData("x1c0s1", "x1c0s1", true)]
    [InlineData("x1c0s1b0", "x1c0s1", false)]
    [InlineData("x1", "x1c0s0b0n0p0", true)]
    [InlineData("x1", "x10c0", false)]
    [InlineData("x1c0", "x1c1s0", false)]
    [InlineData("x1c0s0b0n0", "x1c0s0b0n0p0", true)]
    [InlineData("x1c0s0b0n0p0", "x1c0s0b0n0", false)]
    [InlineData("x1c0s0b0n0", "x1c0s0b0n0v2", true)]
    [InlineData("x3000m0", "x3000m0p0v1", true)]
    [InlineData("d0", "d0w1", true)]
    [InlineData("d1", "d10w1", false)]
    [InlineData("s0", "x1", true)]
    [InlineData("s0", "x3000c0s19b1n0", true)]
    [InlineData("s0", "d0w1", true)]
    [InlineData("s0", "s0", true)]
    [InlineData("s0", "sms1", false)]
    [InlineData("s0", "p1", false)]
    [InlineData("x1", "s0", false)]
    [InlineData("sms1", "sms1", true)]
    [InlineData("sms1", "sms12", false)]
    [InlineData("p1", "p1", true)]
    [InlineData("p1", "p1.2", false)]
    [InlineData("p1.2", "p1.2", true)]
    public void IsSelfOrAncestorOf_Pair_ReturnsExpected(string ancestor, string descendant, bool expected)
    {
        Assert.Equal(expected, Xname.Parse(ancestor).IsSelfOrAncestorOf(Xname.Parse(descendant)));
    }
}
