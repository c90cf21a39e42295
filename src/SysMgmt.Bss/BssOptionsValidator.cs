using System.Net;
using Microsoft.Extensions.Options;

namespace SysMgmt.Bss;

/// <summary>Checks <see cref="BssOptions"/> as a whole and reports every problem at once.</summary>
internal sealed class BssOptionsValidator : IValidateOptions<BssOptions>
{
    private const string Section = BssOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BssOptions options)
    {
        var errors = new List<string>();
        if (!IsHttpUrl(options.AdvertiseAddress))
        {
            errors.Add($"{Section}:AdvertiseAddress must be the absolute http(s) URL nodes reach BSS at for cloud-init " +
                "(BSS_ADVERTISE_ADDRESS), e.g. http://10.92.100.81:8888");
        }

        if (options.ChainProto is not ("http" or "https"))
        {
            errors.Add($"{Section}:ChainProto must be http or https, not '{options.ChainProto}'");
        }

        if (options.GatewayUri.Length > 0 && (options.GatewayUri[0] != '/' || options.GatewayUri.Any(char.IsWhiteSpace)))
        {
            errors.Add($"{Section}:GatewayUri must be empty or a path starting with '/' (e.g. /apis/bss)");
        }

        if (options.IpxeServer.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            errors.Add($"{Section}:IpxeServer must be a host name with an optional port, without scheme or path");
        }

        RequireRange(errors, "RetryDelay", options.RetryDelay, 0, 3600);
        RequireRange(errors, "RetrievalDelay", options.RetrievalDelay, 0, 3600);
        RequireRange(errors, "BootScript:MaxRetries", options.BootScript.MaxRetries, 0, 100_000);
        RequireRange(errors, "NodeIndex:CompactAfterNodes", options.NodeIndex.CompactAfterNodes, 0, int.MaxValue);
        RequirePositive(errors, "NodeIndex:RefreshInterval", options.NodeIndex.RefreshInterval);
        RequirePositive(errors, "NodeIndex:MinimumRefreshInterval", options.NodeIndex.MinimumRefreshInterval);
        RequirePositive(errors, "NodeIndex:StreamingRefreshInterval", options.NodeIndex.StreamingRefreshInterval);
        RequirePositive(errors, "Smd:Timeout", options.Smd.Timeout);
        RequirePositive(errors, "EndpointHistory:FlushInterval", options.EndpointHistory.FlushInterval);
        ValidateSmd(errors, options.Smd);

        foreach (var proxy in options.CloudInit.TrustedProxies)
        {
            if (!IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _))
            {
                errors.Add($"{Section}:CloudInit:TrustedProxies entry '{proxy}' is neither an IP address nor a CIDR range");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateSmd(List<string> errors, NodeIndex.SmdClientOptions smd)
    {
        if (!IsHttpUrl(smd.Url))
        {
            errors.Add($"{Section}:Smd:Url must be SMD's absolute http(s) base URL, e.g. http://127.0.0.1:27779");
        }

        if (smd.Streams && !IsHttpUrl(smd.GrpcUrl))
        {
            errors.Add($"{Section}:Smd:GrpcUrl must be empty (poll SMD) or SMD's absolute http(s) inventory gRPC URL, e.g. http://127.0.0.1:27780");
        }

        if (!string.IsNullOrWhiteSpace(smd.Token) && !string.IsNullOrWhiteSpace(smd.TokenFile))
        {
            errors.Add($"set at most one of {Section}:Smd:Token and {Section}:Smd:TokenFile");
        }
        else if (!string.IsNullOrWhiteSpace(smd.TokenFile) && !File.Exists(smd.TokenFile))
        {
            errors.Add($"{Section}:Smd:TokenFile '{smd.TokenFile}' does not exist");
        }
    }

    private static void RequireRange(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Section}:{key} must be between {min} and {max}, not {value}");
        }
    }

    private static void RequirePositive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:{key} must be positive");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
