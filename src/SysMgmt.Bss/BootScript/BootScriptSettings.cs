using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// The parts of every boot script that depend only on configuration, computed once so that rendering a script
/// is string concatenation.
/// </summary>
internal sealed class BootScriptSettings
{
    public const string ScriptPath = "/boot/v1/bootscript";

    public BootScriptSettings(IOptions<BssOptions> options)
        : this(options.Value)
    {
    }

    public BootScriptSettings(BssOptions options)
    {
        var advertise = options.AdvertiseAddress.TrimEnd('/');
        var server = options.IpxeServer.Length > 0 ? options.IpxeServer : new Uri(advertise).Authority;
        DataSource = $"nocloud-net;s={advertise}/";
        ChainUrl = $"{options.ChainProto}://{server}{options.GatewayUri.TrimEnd('/')}{ScriptPath}";
        RetryDelay = options.RetryDelay;
        RetrievalDelay = options.RetrievalDelay;
        ImageStat = options.BootScript.ImageStat;
        BootIf = options.BootScript.BootIf;
        MaxRetries = options.BootScript.MaxRetries;
    }

    /// <summary>The value of the <c>ds=</c> kernel parameter: where cloud-init finds its NoCloud seed.</summary>
    public string DataSource { get; }

    /// <summary>The URL (without query) that scripts chain back to, e.g. <c>https://api-gw-service-nmn.local/apis/bss/boot/v1/bootscript</c>.</summary>
    public string ChainUrl { get; }

    public int RetryDelay { get; }

    public int RetrievalDelay { get; }

    public bool ImageStat { get; }

    public bool BootIf { get; }

    public int MaxRetries { get; }
}
