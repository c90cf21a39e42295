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
/// What the bodies of <c>POST /State/Components/Query</c> and <c>/ByNID/Query</c> share: the query string's filters.
/// Filters may be strings or arrays (the spec shows strings; clients send arrays).
/// </summary>
internal abstract record ComponentFilterBody
{
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
        Add(parameters, "type", Type);
        Add(parameters, "state", State);
        Add(parameters, "flag", Flag);
        Add(parameters, "role", Role);
        Add(parameters, "subrole", SubRole);
        Add(parameters, "enabled", Enabled);
        Add(parameters, "softwarestatus", SoftwareStatus);
        Add(parameters, "subtype", Subtype);
        Add(parameters, "arch", Arch);
        Add(parameters, "class", Class);
        Add(parameters, "partition", Partition);
        Add(parameters, "group", Group);
        Add(parameters, "locked", Locked);
        Add(parameters, "reservation_disabled", ReservationDisabled);
        Add(parameters, "stateonly", StateOnly ? ["true"] : null);
        Add(parameters, "flagonly", FlagOnly ? ["true"] : null);
        Add(parameters, "roleonly", RoleOnly ? ["true"] : null);
        Add(parameters, "nidonly", NidOnly ? ["true"] : null);
        AddOwnFilters(parameters);
        return parameters;
    }

    /// <summary>The filters only one of the bodies takes.</summary>
    protected virtual void AddOwnFilters(Dictionary<string, IReadOnlyList<string>> parameters)
    {
    }

    protected static void Add(Dictionary<string, IReadOnlyList<string>> parameters, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            parameters[name] = values;
        }
    }
}

/// <summary>
/// <c>POST /State/Components/Query</c>: the components to list, and every filter of the anchors'
/// <c>ComponentArray_PostQuery</c> (also <c>id</c>, <c>locked</c> and <c>reservation_disabled</c>, which their code
/// reads). A field it does not know is a 400, not silently dropped: a caller would get more than it asked for.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ComponentQueryRequest : ComponentFilterBody
{
    public IReadOnlyList<string>? ComponentIDs { get; init; }

    [JsonPropertyName("id"), JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? Id { get; init; }

    [JsonPropertyName("nid"), JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? Nid { get; init; }

    [JsonPropertyName("nid_start"), JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? NidStart { get; init; }

    [JsonPropertyName("nid_end"), JsonConverter(typeof(StringOrArrayConverter))]
    public IReadOnlyList<string>? NidEnd { get; init; }

    protected override void AddOwnFilters(Dictionary<string, IReadOnlyList<string>> parameters)
    {
        Add(parameters, "id", Id);
        Add(parameters, "nid", Nid);
        Add(parameters, "nid_start", NidStart);
        Add(parameters, "nid_end", NidEnd);
    }
}

/// <summary>
/// <c>POST /State/Components/ByNID/Query</c>: NID ranges and the shared filters. NIDs go in <c>NIDRanges</c> only; a
/// <c>nid</c> field (which the anchors silently drop) or any other unknown field is a 400.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record ComponentNidQueryRequest : ComponentFilterBody
{
    public IReadOnlyList<string>? NIDRanges { get; init; }
}
