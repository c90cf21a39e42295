using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SysMgmt.Smd.Data;

namespace SysMgmt.Smd.Changes;

/// <summary>
/// Records changes of a kind the triggers do not cover, in the caller's transaction (the same one as the change
/// itself: call it inside <c>InTransactionAsync</c>, after the write). Components, Ethernet interfaces and Redfish
/// endpoints need no call: the migration's triggers record them. A new kind is one call, e.g.
/// <code>await changes.AppendAsync("Group", ChangeOperations.Updated, [(label, ["Members"], group)], ct);</code>
/// or, for a table written in many places, statement triggers that call <c>smd.record_changes</c> (docs/changes.md,
/// "Adding a kind of change").
/// </summary>
internal sealed class ChangeFeed(SmdDbContext db)
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>
    /// Appends one change per entry: its ID, the fields that changed (for Updated, else null), and its state after
    /// the change in its wire shape (null for Deleted). Returns how many were recorded (0 when the feed is off).
    /// </summary>
    public Task<int> AppendAsync<T>(string kind, string operation, IReadOnlyList<(string Id, IReadOnlyList<string>? Fields, T? Data)> entries, CancellationToken cancellationToken) =>
        entries.Count == 0
            ? Task.FromResult(0)
            : db.Database.SqlQueryRaw<int>(
                """SELECT smd.append_changes(@kind, @operation, @ids, @fields, @documents) AS "Value" """,
                new NpgsqlParameter("kind", kind),
                new NpgsqlParameter("operation", operation),
                new NpgsqlParameter<string[]>("ids", [.. entries.Select(e => e.Id)]),
                new NpgsqlParameter<string?[]>("fields", [.. entries.Select(e => e.Fields is null ? null : string.Join(',', e.Fields))]),
                new NpgsqlParameter("documents", NpgsqlDbType.Array | NpgsqlDbType.Json)
                {
                    Value = entries.Select(e => e.Data is null ? null : JsonSerializer.Serialize(e.Data, s_json)).ToArray(),
                }).SingleAsync(cancellationToken);
}
