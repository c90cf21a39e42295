using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// A <c>/boot/v1/bootparameters</c> body as clients send it (HPE CSM's <c>BootParams</c>). <see cref="CloudInit"/>
/// stays raw so that a body without <c>cloud-init</c> can be told apart from one that sets it.
/// </summary>
internal sealed record BootParamsRequest
{
    [JsonPropertyName("hosts")]
    public List<string>? Hosts { get; init; }

    [JsonPropertyName("macs")]
    public List<string>? Macs { get; init; }

    [JsonPropertyName("nids")]
    public List<long>? Nids { get; init; }

    [JsonPropertyName("params")]
    public string? Params { get; init; }

    [JsonPropertyName("kernel")]
    public string? Kernel { get; init; }

    [JsonPropertyName("initrd")]
    public string? Initrd { get; init; }

    /// <summary><see cref="JsonValueKind.Undefined"/> when the body has no <c>cloud-init</c> member.</summary>
    [JsonPropertyName("cloud-init")]
    public JsonElement CloudInit { get; init; }
}
