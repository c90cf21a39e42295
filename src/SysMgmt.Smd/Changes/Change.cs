using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.Core.Time;

namespace SysMgmt.Smd.Changes;

/// <summary>
/// One change of the feed: the entity (<see cref="Kind"/>, <see cref="ID"/>), what happened to it, and for Created and
/// Updated its whole state afterwards (<see cref="Data"/>, in the shape its GET route returns), so that replaying the
/// feed as upserts and deletes rebuilds the inventory. <see cref="Fields"/> names what an Updated change changed.
/// </summary>
public sealed record Change
{
    public long Sequence { get; init; }

    /// <summary>When the transaction that made the change committed.</summary>
    [JsonConverter(typeof(Rfc3339MicrosecondsConverter))]
    public DateTimeOffset Timestamp { get; init; }

    public string Kind { get; init; } = "";
    public string Operation { get; init; } = "";
    public string ID { get; init; } = "";
    public IReadOnlyList<string>? Fields { get; init; }
    public JsonElement? Data { get; init; }
}
