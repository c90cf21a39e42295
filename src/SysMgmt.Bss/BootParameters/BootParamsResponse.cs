using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Bss.BootParameters;

/// <summary>One item of a <c>/boot/v1/bootparameters</c> answer, in HPE CSM's <c>BootParams</c> shape.</summary>
internal sealed record BootParamsResponse
{
    [JsonPropertyName("hosts")]
    public IReadOnlyList<string>? Hosts { get; init; }

    [JsonPropertyName("params")]
    public string? Params { get; init; }

    [JsonPropertyName("kernel")]
    public string? Kernel { get; init; }

    [JsonPropertyName("initrd")]
    public string? Initrd { get; init; }

    [JsonPropertyName("cloud-init")]
    public CloudInitResponse CloudInit { get; init; } = CloudInitResponse.From(CloudInitData.Empty, includeSecrets: false);

    public static BootParamsResponse FromEntry(BootEntry entry, bool includeSecrets) => new()
    {
        Hosts = [entry.Name],
        Params = NullIfEmpty(entry.Params),
        Kernel = NullIfEmpty(entry.Kernel),
        Initrd = NullIfEmpty(entry.Initrd),
        CloudInit = CloudInitResponse.From(entry.CloudInit, includeSecrets),
    };

    public static BootParamsResponse FromImage(BootImage image) => new()
    {
        Params = NullIfEmpty(image.Params),
        Kernel = image.Kind == ImageKind.Kernel ? image.Path : null,
        Initrd = image.Kind == ImageKind.Initrd ? image.Path : null,
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>
/// <c>cloud-init</c> as the anchors answer it: meta-data and user-data always present (null when unset), and
/// the phone-home object. Secret user-data only for callers allowed to write.
/// </summary>
internal sealed record CloudInitResponse(
    [property: JsonPropertyName("meta-data"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? MetaData,
    [property: JsonPropertyName("user-data"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? UserData,
    [property: JsonPropertyName("secret-user-data")] JsonElement? SecretUserData,
    [property: JsonPropertyName("phone-home")] PhoneHome PhoneHome)
{
    public static CloudInitResponse From(CloudInitData data, bool includeSecrets) =>
        new(data.MetaData, data.UserData, includeSecrets ? data.SecretUserData : null, data.PhoneHome);
}
