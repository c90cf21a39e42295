using System.Text.Json.Serialization;
using SysMgmt.ServiceDefaults.Http;

namespace SysMgmt.Smd.Locks;

// Property records, not positional ones, so that a wrong JSON type is a 400 naming the field (see ComponentContracts).

/// <summary>
/// The body of lock, unlock, disable, repair, status, admin and service reservation create, and remove: which
/// components (IDs and the component filters, ANDed), the processing model, and for service reservations the
/// duration in minutes. Filters may be strings or arrays.
/// </summary>
internal sealed record LockFilterRequest
{
    public IReadOnlyList<string>? ComponentIDs { get; init; }

    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? NID { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Type { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? State { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Flag { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Enabled { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? SoftwareStatus { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Role { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Subrole { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Subtype { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Arch { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Class { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Group { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Partition { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Locked { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? ReservationDisabled { get; init; }
    [JsonConverter(typeof(StringOrArrayConverter))] public IReadOnlyList<string>? Reserved { get; init; }

    /// <summary><c>rigid</c> (the default: all or nothing) or <c>flexible</c> (whatever can be done).</summary>
    public string? ProcessingModel { get; init; }

    /// <summary>Minutes, 1 to 15: service reservations only.</summary>
    public int? ReservationDuration { get; init; }

    /// <summary>The component filters, in the shape <see cref="Components.ComponentFilterParser"/> reads.</summary>
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

        Add("id", ComponentIDs);
        Add("nid", NID);
        Add("type", Type);
        Add("state", State);
        Add("flag", Flag);
        Add("enabled", Enabled);
        Add("softwarestatus", SoftwareStatus);
        Add("role", Role);
        Add("subrole", Subrole);
        Add("subtype", Subtype);
        Add("arch", Arch);
        Add("class", Class);
        Add("group", Group);
        Add("partition", Partition);
        Add("locked", Locked);
        Add("reservation_disabled", ReservationDisabled);
        return parameters;
    }
}

/// <summary>A component and one of its reservation's keys: <c>{"ID":…,"Key":…}</c>.</summary>
internal sealed record ComponentKey
{
    public string? ID { get; init; }
    public string? Key { get; init; }
}

/// <summary>The body of release (admin and service) and renew: reservation keys, processing model, and for renew the minutes.</summary>
internal sealed record ReservationKeysRequest
{
    public IReadOnlyList<ComponentKey?>? ReservationKeys { get; init; }
    public string? ProcessingModel { get; init; }
    public int? ReservationDuration { get; init; }
}

/// <summary>The body of <c>/locks/service/reservations/check</c>: deputy keys.</summary>
internal sealed record DeputyKeysRequest
{
    public IReadOnlyList<ComponentKey?>? DeputyKeys { get; init; }
}
