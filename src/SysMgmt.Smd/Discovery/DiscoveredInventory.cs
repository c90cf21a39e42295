using SysMgmt.Core.Discovery;

namespace SysMgmt.Smd.Discovery;

/// <summary>
/// What a discovery agent found behind one Redfish endpoint, in one shape whatever the body's form (magellan's
/// SchemaVersion 1, the older unversioned form, or a PDU inventory). Paths are Redfish paths (no scheme or host),
/// MACs are normalised, and NICs whose MAC is unusable (<c>Not Available</c>) are already left out.
/// </summary>
internal sealed record DiscoveredInventory(
    IReadOnlyList<DiscoveredSystem> Systems,
    IReadOnlyList<DiscoveredManager> Managers,
    IReadOnlyList<DiscoveredOutlet> Outlets,
    string RedfishVersion)
{
    /// <summary>The endpoint's chassis; null when the body did not say (magellan), which leaves recorded ones alone.</summary>
    public IReadOnlyList<DiscoveredChassis>? Chassis { get; init; }

    /// <summary>The endpoint's Redfish services; null when the body did not say, which leaves recorded ones alone.</summary>
    public IReadOnlyList<DiscoveredService>? Services { get; init; }
}

internal sealed record DiscoveredSystem(
    string OdataId,
    string Uuid,
    string Name,
    string SystemType,
    string? PowerState,
    IReadOnlyList<string>? ResetTypes,
    IReadOnlyList<DiscoveredNic> Nics,
    string? ChassisPath,
    IReadOnlyList<string> PowerControlIds)
{
    /// <summary>The last segment of the path, e.g. <c>Node0</c>, <c>1</c>, <c>Self</c>.</summary>
    public string RedfishId => RedfishPaths.LastSegment(OdataId);
}

internal sealed record DiscoveredManager(
    string OdataId,
    string Uuid,
    string Name,
    string ManagerType,
    IReadOnlyList<string>? ResetTypes,
    IReadOnlyList<DiscoveredNic> Nics,
    IReadOnlyList<string>? CommandShell);

internal sealed record DiscoveredChassis(
    string OdataId,
    string Name,
    string? ChassisType,
    string Uuid,
    string? PowerState,
    IReadOnlyList<string>? ResetTypes,
    string? ContainedBy,
    bool LinksSystems)
{
    public ChassisDescription Description => new(OdataId, ChassisType, ContainedBy, LinksSystems);
}

/// <summary>A Redfish service of the endpoint (<c>UpdateService</c>…), with its resource as the BMC answered it.</summary>
internal sealed record DiscoveredService(string RedfishType, string OdataId, string Uuid, string? Info);

internal sealed record DiscoveredNic(string OdataId, string Mac, string? Ip, string Name, string Description, bool? Enabled);

/// <summary>A PDU outlet as magellan's <c>pdu collect</c> reports it (JAWS).</summary>
internal sealed record DiscoveredOutlet(string OriginalId, string IdSuffix, string Name, string State, string SocketType);
