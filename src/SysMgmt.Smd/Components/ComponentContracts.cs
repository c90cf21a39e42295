using System.Text.Json.Serialization;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;

namespace SysMgmt.Smd.Components;

// The requests are property records, not positional ones: System.Text.Json names the property's own type in
// a conversion error only for properties (for constructor parameters it names the record), and the 400 detail
// says what type was expected ("field 'Force' has the wrong type: expected true or false").

/// <summary><c>POST /State/Components</c>: <c>{"Components":[…],"force":false}</c>.</summary>
internal sealed record ComponentsPostRequest
{
    public IReadOnlyList<Component>? Components { get; init; }
    public bool Force { get; init; }
}

/// <summary><c>PUT /State/Components/{xname}</c>: <c>{"component":{…},"force":false}</c>.</summary>
internal sealed record ComponentPutRequest
{
    public Component? Component { get; init; }
    public bool Force { get; init; }
}

/// <summary><c>PATCH /State/Components/BulkNID</c>: <c>{"Components":[{"ID":…,"NID":…}]}</c>.</summary>
internal sealed record BulkNidRequest
{
    public IReadOnlyList<ComponentPatchRequest>? Components { get; init; }
}

/// <summary>
/// The body of <c>POST /State/Components/Query</c> and <c>/ByNID/Query</c>: IDs or NID ranges, plus the same
/// filters as the query string. Filters may be strings or arrays (the spec shows strings; clients send arrays).
/// </summary>
internal sealed record ComponentQueryRequest
{
    public IReadOnlyList<string>? ComponentIDs { get; init; }
    public IReadOnlyList<string>? NIDRanges { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Type { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? State { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Flag { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Role { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? SubRole { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Enabled { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? SoftwareStatus { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Subtype { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Arch { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Class { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Partition { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Group { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Locked { get; init; }

    [JsonPropertyName("reservation_disabled"), JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? ReservationDisabled { get; init; }

    public bool StateOnly { get; init; }
    public bool FlagOnly { get; init; }
    public bool RoleOnly { get; init; }
    public bool NidOnly { get; init; }

    /// <summary>The filter part, in the shape the query-string parser reads.</summary>
    public Dictionary<string, IReadOnlyList<string>> ToFilterParameters()
    {
        var parameters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, IReadOnlyList<string>? values)
        {
            if (values is { Count: > 0 })
            {
                parameters[name] = values;
            }
        }

        Add("type", Type);
        Add("state", State);
        Add("flag", Flag);
        Add("role", Role);
        Add("subrole", SubRole);
        Add("enabled", Enabled);
        Add("softwarestatus", SoftwareStatus);
        Add("subtype", Subtype);
        Add("arch", Arch);
        Add("class", Class);
        Add("partition", Partition);
        Add("group", Group);
        Add("locked", Locked);
        Add("reservation_disabled", ReservationDisabled);
        Add("stateonly", StateOnly ? ["true"] : null);
        Add("flagonly", FlagOnly ? ["true"] : null);
        Add("roleonly", RoleOnly ? ["true"] : null);
        Add("nidonly", NidOnly ? ["true"] : null);
        return parameters;
    }
}
