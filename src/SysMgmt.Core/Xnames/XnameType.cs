namespace SysMgmt.Core.Xnames;

/// <summary>
/// HMS component types of the hms-xname recognition table (<c>xnametypes/hmstypes.go</c>).
/// </summary>
/// <remarks>
/// Member names are spelled exactly as the HMS type strings that appear on the wire
/// (<c>NodeNic</c>, not <c>NodeNIC</c>), so <see cref="XnameTypes.Name"/> is just the member
/// name, except for <see cref="Invalid"/> which HMS spells <c>INVALID</c>.
/// Values are never persisted as numbers; the order follows the hms-xname declarations.
/// </remarks>
public enum XnameType
{
    /// <summary>Not a valid xname; the default so that <c>default(Xname)</c> is invalid.</summary>
    Invalid = 0,

    CDU,
    CDUMgmtSwitch,
    CabinetCDU,
    Cabinet,
    CabinetBMC,
    CabinetPDUController,
    CabinetPDU,
    CabinetPDUNic,

    /// <summary>Deprecated by HMS in favour of <see cref="CabinetPDUPowerConnector"/>, still recognised.</summary>
    CabinetPDUOutlet,
    CabinetPDUPowerConnector,

    Chassis,
    ChassisBMC,
    ChassisBMCNic,
    CMMRectifier,
    CMMFpga,
    CEC,
    ComputeModule,
    RouterModule,
    NodeBMC,
    NodeBMCNic,
    NodeEnclosure,
    NodeEnclosurePowerSupply,
    NodePowerConnector,
    Node,
    VirtualNode,
    Processor,
    StorageGroup,
    Drive,
    NodeNic,
    NodeHsnNic,
    Memory,
    NodeAccel,
    NodeAccelRiser,
    NodeFpga,
    HSNAsic,
    RouterFpga,
    RouterTOR,
    RouterTORFpga,
    RouterBMC,
    RouterBMCNic,
    RouterPowerConnector,

    HSNBoard,
    HSNLink,
    HSNConnector,
    HSNConnectorPort,
    MgmtSwitch,
    MgmtHLSwitchEnclosure,
    MgmtHLSwitch,
    MgmtSwitchConnector,

    SMSBox,
    Partition,
    System,
}
