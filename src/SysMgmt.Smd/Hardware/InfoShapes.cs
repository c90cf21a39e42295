namespace SysMgmt.Smd.Hardware;

/// <summary>
/// The LocationInfo and FRUInfo objects of hardware inventory, field for field as the anchors' Redfish structs
/// (hms-smd <c>pkg/redfish</c>) emit them.
/// </summary>
internal static class InfoShapes
{
    public static readonly InfoShape ChassisLocation = InfoShape.Parse("Id Name Description HostName");

    public static readonly InfoShape SystemLocation = InfoShape.Parse(
        "Id Name Description HostName ProcessorSummary{Count# Model} MemorySummary{TotalSystemMemoryGiB#}");

    public static readonly InfoShape ProcessorLocation = InfoShape.Parse("Id Name Description Socket");

    public static readonly InfoShape MemoryLocation = InfoShape.Parse(
        "Id Name Description MemoryLocation{Socket# MemoryController# Channel# Slot#}");

    /// <summary>Drives and node HSN NICs.</summary>
    public static readonly InfoShape DeviceLocation = InfoShape.Parse("Id Name Description");

    public static readonly InfoShape ManagerLocation = InfoShape.Parse("DateTime DateTimeLocalOffset Description FirmwareVersion Id Name");

    public static readonly InfoShape NodeAccelRiserLocation = InfoShape.Parse("Name Description");

    public static readonly InfoShape PowerSupplyLocation = InfoShape.Parse("Name FirmwareVersion");

    public static readonly InfoShape PduLocation = InfoShape.Parse("Id Description Name UUID Location*?");

    public static readonly InfoShape OutletLocation = InfoShape.Parse("Id Description Name");

    public static readonly InfoShape ChassisFru = InfoShape.Parse("AssetTag ChassisType Model Manufacturer PartNumber SerialNumber SKU");

    public static readonly InfoShape SystemFru = InfoShape.Parse(
        "AssetTag BiosVersion Model Manufacturer PartNumber SerialNumber SKU SystemType UUID");

    public static readonly InfoShape ProcessorFru = InfoShape.Parse(
        "InstructionSet Manufacturer MaxSpeedMHz# Model SerialNumber PartNumber ProcessorArchitecture " +
        "ProcessorId{EffectiveFamily EffectiveModel IdentificationRegisters MicrocodeInfo Step VendorID} " +
        "ProcessorType TotalCores# TotalThreads# Oem*");

    public static readonly InfoShape MemoryFru = InfoShape.Parse(
        "BaseModuleType? BusWidthBits#? CapacityMiB# DataWidthBits#? ErrorCorrection? Manufacturer? MemoryType? " +
        "MemoryDeviceType? OperatingSpeedMhz# PartNumber? RankCount#? SerialNumber");

    public static readonly InfoShape DriveFru = InfoShape.Parse(
        "Manufacturer SerialNumber PartNumber Model SKU CapacityBytes# Protocol MediaType RotationSpeedRPM# " +
        "BlockSizeBytes# CapableSpeedGbs# FailurePredicted! EncryptionAbility EncryptionStatus NegotiatedSpeedGbs# " +
        "PredictedMediaLifeLeftPercent#");

    public static readonly InfoShape HsnNicFru = InfoShape.Parse("Manufacturer Model PartNumber SKU? SerialNumber");

    public static readonly InfoShape PduFru = InfoShape.Parse(
        "AssetTag DateOfManufacture? EquipmentType FirmwareVersion HardwareRevision Manufacturer Model PartNumber " +
        "SerialNumber CircuitSummary{ControlledOutlets#? MonitoredBranches#? MonitoredOutlets#? MonitoredPhases#? " +
        "TotalBranches#? TotalOutlets#? TotalPhases#?}");

    public static readonly InfoShape OutletFru = InfoShape.Parse(
        "NominalVoltage? OutletType EnergySensor*? FrequencySensor*? PhaseWiringType? PowerEnabled!? " +
        "RatedCurrentAmps#? VoltageType?");

    public static readonly InfoShape PowerSupplyFru = InfoShape.Parse(
        "Manufacturer SerialNumber Model PartNumber PowerCapacityWatts# PowerInputWatts# PowerOutputWatts* PowerSupplyType");

    public static readonly InfoShape ManagerFru = InfoShape.Parse("ManagerType Model Manufacturer PartNumber SerialNumber");

    public static readonly InfoShape NodeAccelRiserFru = InfoShape.Parse(
        "PhysicalContext Producer SerialNumber PartNumber Model ProductionDate Version EngineeringChangeLevel Oem*?");
}
