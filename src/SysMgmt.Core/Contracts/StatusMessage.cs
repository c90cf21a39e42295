using System.Text.Json.Serialization;

namespace SysMgmt.Core.Contracts;

/// <summary>A non-error message, <c>{"code":0,"message":"deleted 1 entry"}</c> (keys lower-case on the wire).</summary>
public sealed record StatusMessage
{
    [JsonPropertyName("code")]
    public int Code { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    public static StatusMessage Of(string message) => new() { Message = message };
}
