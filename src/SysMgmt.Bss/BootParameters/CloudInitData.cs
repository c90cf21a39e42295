using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// An entry's cloud-init data. Meta-data, user-data and secret user-data are JSON objects (or absent); they are
/// kept as read-only <see cref="JsonElement"/>s so that any number of requests can read them at once.
/// </summary>
/// <remarks><c>SecretUserData</c>: User-data that <c>/user-data</c> adds only for a request that presents the node's referral token.</remarks>
internal sealed record CloudInitData(JsonElement? MetaData, JsonElement? UserData, JsonElement? SecretUserData, PhoneHome PhoneHome)
{
    public static readonly CloudInitData Empty = new(null, null, null, PhoneHome.Empty);

    private static readonly JsonSerializerOptions s_storage = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The form stored in PostgreSQL (a jsonb object with the wire's member names).</summary>
    public string ToStorageJson() => JsonSerializer.Serialize(new StoredCloudInit(MetaData, UserData, SecretUserData, PhoneHome.IsSet ? PhoneHome : null), s_storage);

    public static CloudInitData FromStorageJson(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredCloudInit>(json, s_storage);
        return stored is null
            ? Empty
            : new CloudInitData(CloneObject(stored.MetaData), CloneObject(stored.UserData), CloneObject(stored.SecretUserData), stored.PhoneHome ?? PhoneHome.Empty);
    }

    private static JsonElement? CloneObject(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value ? value.Clone() : null;

    private sealed record StoredCloudInit(
        [property: JsonPropertyName("meta-data")] JsonElement? MetaData,
        [property: JsonPropertyName("user-data")] JsonElement? UserData,
        [property: JsonPropertyName("secret-user-data")] JsonElement? SecretUserData,
        [property: JsonPropertyName("phone-home")] PhoneHome? PhoneHome);
}
