namespace SysMgmt.Smd.Discovery;

/// <summary>A component endpoint row about to be written by an ingestion.</summary>
internal sealed record PlannedEndpoint(
    string Id,
    string Type,
    string RedfishType,
    string RedfishSubtype,
    string Uuid,
    string OdataId,
    string ComponentEndpointType,
    string ComponentInfo);
