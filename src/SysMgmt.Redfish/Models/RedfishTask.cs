using System.Text.Json;

namespace SysMgmt.Redfish.Models;

/// <summary>A Redfish Task, as started by SimpleUpdate.</summary>
public sealed record RedfishTask : RedfishResource
{
    public string? TaskState { get; init; }

    public string? TaskStatus { get; init; }

    public int? PercentComplete { get; init; }

    public string? StartTime { get; init; }

    public string? EndTime { get; init; }

    public JsonElement? Messages { get; init; }
}
