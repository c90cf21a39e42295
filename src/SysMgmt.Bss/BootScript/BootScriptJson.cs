using System.Text.Json.Serialization;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// OpenCHAMI's <c>json=1</c> answer for consumers that are not iPXE: the command line as iPXE passes it
/// (image name first) and the image paths.
/// </summary>
internal sealed record BootScriptJson(
    [property: JsonPropertyName("params")] string Params,
    [property: JsonPropertyName("kernel")] BootScriptJson.ImagePath Kernel,
    [property: JsonPropertyName("initrd")] BootScriptJson.ImagePath? Initrd)
{
    internal sealed record ImagePath([property: JsonPropertyName("path")] string Path);
}
