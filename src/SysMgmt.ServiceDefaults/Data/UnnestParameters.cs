using Npgsql;
using NpgsqlTypes;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>
/// The parameters of one set-based statement over many rows: one array per column, for
/// <c>SELECT … FROM unnest(@ids, @types, …) AS u(id, type, …)</c>, plus any single values the statement needs.
/// One round trip whatever the row count, and one way to build it in SMD (through EF's
/// <c>ExecuteSqlRawAsync</c>) and BSS (on an <see cref="NpgsqlCommand"/>). See docs/development.md, "Data access".
/// </summary>
public sealed class UnnestParameters<TRow>(IEnumerable<TRow> rows)
{
    private readonly IReadOnlyList<TRow> _rows = rows as IReadOnlyList<TRow> ?? [.. rows];
    private readonly List<NpgsqlParameter> _parameters = [];

    /// <summary>A column: <c>@name</c> is the array of <paramref name="column"/> over the rows, in row order.</summary>
    public UnnestParameters<TRow> Column<TValue>(string name, Func<TRow, TValue> column)
    {
        _parameters.Add(new NpgsqlParameter<TValue[]>(name, [.. _rows.Select(column)]));
        return this;
    }

    /// <summary>A column of JSON text stored as <c>jsonb</c> (Npgsql would send <c>text[]</c> otherwise).</summary>
    public UnnestParameters<TRow> JsonbColumn(string name, Func<TRow, string?> column)
    {
        _parameters.Add(new NpgsqlParameter<string?[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = [.. _rows.Select(column)] });
        return this;
    }

    /// <summary>A single value the whole statement shares (a timestamp, an owner).</summary>
    public UnnestParameters<TRow> Value<TValue>(string name, TValue value)
    {
        _parameters.Add(new NpgsqlParameter<TValue>(name, value));
        return this;
    }

    /// <summary>For EF Core's <c>ExecuteSqlRawAsync</c> and <c>SqlQueryRaw</c>.</summary>
    public NpgsqlParameter[] ToArray() => [.. _parameters];

    /// <summary>Adds the parameters to a raw Npgsql command.</summary>
    public NpgsqlCommand AddTo(NpgsqlCommand command)
    {
        command.Parameters.AddRange(ToArray());
        return command;
    }
}

/// <summary>Starts <see cref="UnnestParameters{TRow}"/> with the row type inferred.</summary>
public static class UnnestParameters
{
    public static UnnestParameters<TRow> For<TRow>(IEnumerable<TRow> rows) => new(rows);
}
