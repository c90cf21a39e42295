using System.Text.Json.Serialization;

namespace SysMgmt.Bss.BootParameters;

/// <summary>What cloud-init's <c>phone_home</c> module reports after a node booted (field names as cloud-init sends them).</summary>
internal sealed record PhoneHome
{
    public static readonly PhoneHome Empty = new();

    [JsonPropertyName("pub_key_dsa")]
    public string PubKeyDsa { get; init; } = "";

    [JsonPropertyName("pub_key_rsa")]
    public string PubKeyRsa { get; init; } = "";

    [JsonPropertyName("pub_key_ecdsa")]
    public string PubKeyEcdsa { get; init; } = "";

    [JsonPropertyName("pub_key_ed25519")]
    public string PubKeyEd25519 { get; init; } = "";

    [JsonPropertyName("instance_id")]
    public string InstanceId { get; init; } = "";

    [JsonPropertyName("hostname")]
    public string Hostname { get; init; } = "";

    [JsonPropertyName("fqdn")]
    public string Fqdn { get; init; } = "";

    /// <summary>PostgreSQL's jsonb cannot store NUL characters.</summary>
    [JsonIgnore]
    public bool ContainsNul => string.Concat(PubKeyDsa, PubKeyRsa, PubKeyEcdsa, PubKeyEd25519, InstanceId, Hostname, Fqdn).Contains('\0');

    /// <summary>True when any field is set; the anchors replace stored phone-home data only then.</summary>
    [JsonIgnore]
    public bool IsSet => PubKeyDsa.Length + PubKeyRsa.Length + PubKeyEcdsa.Length + PubKeyEd25519.Length
        + InstanceId.Length + Hostname.Length + Fqdn.Length > 0;
}
