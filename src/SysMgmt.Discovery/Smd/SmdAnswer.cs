using System.Net;
using System.Text.Json.Nodes;

namespace SysMgmt.Discovery.Smd;

/// <summary>What SMD answered: the status and body, or why there was no answer (<see cref="Status"/> is then 0).</summary>
public sealed record SmdAnswer(HttpStatusCode Status, JsonNode? Body, string? Error)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>One line for a person: the problem's detail, or the status and reason.</summary>
    public string Describe() => Error
        ?? (Body?["detail"] is JsonValue detail && detail.TryGetValue<string>(out var text) && text.Length > 0
            ? $"{(int)Status} {text}"
            : $"{(int)Status} {Status}");
}
