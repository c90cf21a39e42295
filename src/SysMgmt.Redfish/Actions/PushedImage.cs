namespace SysMgmt.Redfish.Actions;

/// <summary>An image the BMC accepted: where it went, how, and the Task (or task monitor) to follow, if any.</summary>
public sealed record PushedImage(string PushUri, bool Multipart, string? TaskUri);
