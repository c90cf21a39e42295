namespace SysMgmt.Smd.Discovery;

/// <summary>An Ethernet interface an ingestion records: a NIC of a node or of the BMC, with the IP it reported.</summary>
internal sealed record DiscoveredInterface(string Mac, string ComponentId, string? Ip, string Description);
