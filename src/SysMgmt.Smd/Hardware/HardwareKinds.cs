using System.Collections.Frozen;
using SysMgmt.Core.Xnames;
using static SysMgmt.Smd.Hardware.InfoShapes;

namespace SysMgmt.Smd.Hardware;

/// <summary>The component types hardware inventory accepts (hms-smd <c>pkg/sm/hwinv.go</c> <c>NewHWInvByLocs</c>).</summary>
internal static class HardwareKinds
{
    private static readonly HardwareKind[] s_kinds =
    [
        new(XnameType.Cabinet, "Cabinet", "Cabinets", ChassisLocation, ChassisFru),
        new(XnameType.Chassis, "Chassis", "Chassis", ChassisLocation, ChassisFru),
        new(XnameType.ComputeModule, "ComputeModule", "ComputeModules", ChassisLocation, ChassisFru),
        new(XnameType.RouterModule, "RouterModule", "RouterModules", ChassisLocation, ChassisFru),
        new(XnameType.NodeEnclosure, "NodeEnclosure", "NodeEnclosures", ChassisLocation, ChassisFru),
        new(XnameType.HSNBoard, "HSNBoard", "HSNBoards", ChassisLocation, ChassisFru),
        new(XnameType.MgmtSwitch, "MgmtSwitch", "MgmtSwitches", ChassisLocation, ChassisFru),
        new(XnameType.MgmtHLSwitch, "MgmtHLSwitch", "MgmtHLSwitches", ChassisLocation, ChassisFru),
        new(XnameType.CDUMgmtSwitch, "CDUMgmtSwitch", "CDUMgmtSwitches", ChassisLocation, ChassisFru),
        new(XnameType.Node, "Node", "Nodes", SystemLocation, SystemFru),
        new(XnameType.Processor, "Processor", "Processors", ProcessorLocation, ProcessorFru, NestedUnder: XnameType.Node),
        new(XnameType.NodeAccel, "NodeAccel", "NodeAccels", ProcessorLocation, ProcessorFru, NestedUnder: XnameType.Node),
        new(XnameType.Memory, "Memory", "Memory", MemoryLocation, MemoryFru, NestedUnder: XnameType.Node),
        new(XnameType.Drive, "Drive", "Drives", DeviceLocation, DriveFru, NestedUnder: XnameType.Node),
        new(XnameType.NodeHsnNic, "NodeHsnNic", "NodeHsnNics", DeviceLocation, HsnNicFru, NestedUnder: XnameType.Node, SpecName: "HSNNIC"),
        new(XnameType.NodeAccelRiser, "NodeAccelRiser", "NodeAccelRisers", NodeAccelRiserLocation, NodeAccelRiserFru, FruIdSource.Producer, XnameType.Node),
        new(XnameType.CabinetPDU, "PDU", "CabinetPDUs", PduLocation, PduFru),
        new(XnameType.CabinetPDUOutlet, "Outlet", "CabinetPDUPowerConnectors", OutletLocation, OutletFru, FruIdSource.Location, XnameType.CabinetPDU),
        new(XnameType.CabinetPDUPowerConnector, "Outlet", "CabinetPDUPowerConnectors", OutletLocation, OutletFru, FruIdSource.Location, XnameType.CabinetPDU),
        new(XnameType.CMMRectifier, "CMMRectifier", "CMMRectifiers", PowerSupplyLocation, PowerSupplyFru, FruIdSource.WithoutPartNumber),
        new(XnameType.NodeEnclosurePowerSupply, "NodeEnclosurePowerSupply", "NodeEnclosurePowerSupplies", PowerSupplyLocation, PowerSupplyFru, FruIdSource.WithoutPartNumber),
        new(XnameType.NodeBMC, "NodeBMC", "NodeBMCs", ManagerLocation, ManagerFru),
        new(XnameType.RouterBMC, "RouterBMC", "RouterBMCs", ManagerLocation, ManagerFru),
    ];

    private static readonly FrozenDictionary<XnameType, HardwareKind> s_byType = s_kinds.ToFrozenDictionary(k => k.Type);

    /// <summary>
    /// The arrays of a SystemHWInventory (and of a location's nested children) in the anchors' field order
    /// (hms-smd <c>hmsTypeArrays</c>); the management switches, which the anchors store but leave out of
    /// queries, come last.
    /// </summary>
    public static IReadOnlyList<string> ArrayOrder { get; } =
    [
        "Nodes", "Cabinets", "Chassis", "ComputeModules", "RouterModules", "NodeEnclosures", "HSNBoards",
        "Processors", "Memory", "Drives", "CabinetPDUs", "CabinetPDUPowerConnectors", "CMMRectifiers", "NodeAccels",
        "NodeAccelRisers", "NodeEnclosurePowerSupplies", "NodeHsnNics", "NodeBMCs", "RouterBMCs",
        "MgmtSwitches", "MgmtHLSwitches", "CDUMgmtSwitches",
    ];

    /// <summary>The nested-array names a POST body may use to give a location's children, e.g. <c>Processors</c>.</summary>
    public static IReadOnlyList<string> ChildArrayNames { get; } = [.. ArrayOrder, "NodeHSNNICs"];

    public static bool TryGet(XnameType type, out HardwareKind kind) => s_byType.TryGetValue(type, out kind!);

    public static HardwareKind Get(string typeName) =>
        XnameTypes.TryParseName(typeName, out var type) && s_byType.TryGetValue(type, out var kind)
            ? kind
            : throw new InvalidOperationException($"stored hardware type '{typeName}' is not supported");
}
