using System.Text.Json;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// The <c>cloud-init</c> member of a request. Each part is <see cref="JsonValueKind.Undefined"/> (not given),
/// <see cref="JsonValueKind.Null"/> or an object; <see cref="PhoneHome"/> is null when not given.
/// </summary>
internal sealed record CloudInitInput(JsonElement MetaData, JsonElement UserData, JsonElement SecretUserData, PhoneHome? PhoneHome)
{
    /// <summary>What a PUT stores: the parts given, the others empty.</summary>
    public CloudInitData ToData() =>
        new(ObjectOrNull(MetaData), ObjectOrNull(UserData), ObjectOrNull(SecretUserData), PhoneHome ?? PhoneHome.Empty);

    /// <summary>
    /// What a PATCH stores: meta-data, user-data and secret user-data merged as RFC 7386 merge patches (a null
    /// member removes that part), phone-home replaced when the patch sets any of its fields.
    /// </summary>
    public CloudInitData ApplyTo(CloudInitData current) => new(
        JsonMergePatch.Apply(current.MetaData, MetaData),
        JsonMergePatch.Apply(current.UserData, UserData),
        JsonMergePatch.Apply(current.SecretUserData, SecretUserData),
        PhoneHome is { IsSet: true } phoneHome ? phoneHome : current.PhoneHome);

    private static JsonElement? ObjectOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.Clone() : null;
}
