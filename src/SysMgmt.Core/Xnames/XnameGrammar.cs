using static SysMgmt.Core.Xnames.XnameType;

namespace SysMgmt.Core.Xnames;

/// <summary>
/// The hms-xname recognition table (<c>xnametypes/hmstypes.go</c>) rewritten as a tree, so one left-to-right
/// pass both classifies an xname and can say exactly which part is wrong. Ranges follow the regexes:
/// <c>[0-3]</c> → 0..3, <c>[1-9][0-9]*</c> → 1..unbounded, <c>[0-9]+</c> → 0..unbounded, cabinet <c>[0-9]{1,4}</c> → 0..9999.
/// </summary>
internal static class XnameGrammar
{
    private const int Unbounded = XnameSegment.Unbounded;

    /// <summary>Pseudo-segment whose children are the possible first segments; it has no number of its own.</summary>
    public static XnameSegment Root { get; } = new(string.Empty, string.Empty, 0, 0, Invalid,
    [
        // "sms" must be tried before "s" (System).
        Seg("sms", "SMS box", 0, Unbounded, SMSBox),
        Seg("s", "system", 0, 0, XnameType.System),
        Seg("p", "partition", 0, Unbounded, Partition,
            Seg(".", "soft partition", 0, Unbounded, Partition)),
        Seg("d", "CDU", 0, Unbounded, CDU,
            Seg("w", "CDU switch", 0, Unbounded, CDUMgmtSwitch)),
        Cabinet(),
    ]);

    private static XnameSegment Cabinet() =>
        Seg("x", "cabinet", 0, 9999, XnameType.Cabinet,
            Seg("b", "cabinet BMC", 0, 0, CabinetBMC),
            Seg("d", "cabinet CDU", 0, 1, CabinetCDU),
            Seg("e", "CEC", 0, 1, CEC),
            Seg("m", "PDU controller", 0, 3, CabinetPDUController,
                Seg("p", "PDU", 0, 7, CabinetPDU,
                    Seg("j", "PDU outlet", 1, Unbounded, CabinetPDUOutlet),
                    Seg("v", "PDU power connector", 1, Unbounded, CabinetPDUPowerConnector)),
                Seg("i", "PDU NIC", 0, 3, CabinetPDUNic)),
            Chassis());

    private static XnameSegment Chassis() =>
        Seg("c", "chassis", 0, 7, XnameType.Chassis,
            Seg("b", "chassis BMC", 0, 0, ChassisBMC,
                Seg("i", "chassis BMC NIC", 0, 3, ChassisBMCNic)),
            Seg("t", "CMM rectifier", 0, 9, CMMRectifier),
            Seg("f", "CMM FPGA", 0, 0, CMMFpga),
            ComputeModule(),
            RouterModule(),
            Seg("w", "management switch", 1, Unbounded, MgmtSwitch,
                Seg("j", "management switch connector", 1, Unbounded, MgmtSwitchConnector)),
            Seg("h", "high-level switch enclosure", 1, Unbounded, MgmtHLSwitchEnclosure,
                Seg("s", "high-level switch", 1, 9, MgmtHLSwitch)));

    private static XnameSegment ComputeModule() =>
        Seg("s", "slot", 0, Unbounded, XnameType.ComputeModule,
            Seg("b", "node BMC", 0, Unbounded, NodeBMC,
                Seg("i", "node BMC NIC", 0, 3, NodeBMCNic),
                Seg("f", "node FPGA", 0, 0, NodeFpga),
                Node()),
            Seg("e", "node enclosure", 0, Unbounded, NodeEnclosure,
                Seg("t", "power supply", 0, Unbounded, NodeEnclosurePowerSupply)),
            // 'j' is the deprecated spelling of 'v'; hms-xname accepts both and keeps the letter as given.
            Seg("j", "node power connector", 1, 2, NodePowerConnector),
            Seg("v", "node power connector", 1, 2, NodePowerConnector));

    private static XnameSegment Node() =>
        Seg("n", "node", 0, Unbounded, XnameType.Node,
            Seg("v", "virtual node", 0, Unbounded, VirtualNode),
            Seg("p", "processor", 0, 3, Processor),
            Seg("d", "memory", 0, Unbounded, Memory),
            Seg("a", "accelerator", 0, Unbounded, NodeAccel),
            Seg("r", "accelerator riser", 0, 7, NodeAccelRiser),
            Seg("h", "HSN NIC", 0, 3, NodeHsnNic),
            Seg("i", "node NIC", 0, 3, NodeNic),
            Seg("g", "storage group", 0, Unbounded, StorageGroup,
                Seg("k", "drive", 0, Unbounded, Drive)));

    private static XnameSegment RouterModule() =>
        Seg("r", "router slot", 0, Unbounded, XnameType.RouterModule,
            Seg("b", "router BMC", 0, Unbounded, RouterBMC,
                Seg("i", "router BMC NIC", 0, 3, RouterBMCNic)),
            Seg("f", "router FPGA", 0, 1, RouterFpga),
            Seg("t", "router TOR", 0, Unbounded, RouterTOR,
                Seg("f", "router TOR FPGA", 0, 1, RouterTORFpga)),
            Seg("v", "router power connector", 1, 2, RouterPowerConnector),
            Seg("a", "HSN ASIC", 0, 3, HSNAsic,
                Seg("l", "HSN link", 0, Unbounded, HSNLink)),
            Seg("e", "HSN board", 0, Unbounded, HSNBoard),
            Seg("j", "HSN connector", 1, Unbounded, HSNConnector,
                Seg("p", "HSN connector port", 0, 2, HSNConnectorPort)));

    private static XnameSegment Seg(string prefix, string noun, int min, int max, XnameType type, params XnameSegment[] children) =>
        new(prefix, noun, min, max, type, children);
}
