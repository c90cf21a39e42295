using System.CommandLine;
using Grpc.Core;
using SysMgmt.Redfish;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Cli.Commands.Smd;

/// <summary>
/// How a command reaches SMD's inventory stream (<c>sysmgmt watch</c>, <c>sysmgmt dhcp follow</c>): the
/// <c>--smd-grpc</c> URL (HTTP/2; docs/grpc.md), the HTTP handler for <c>--smd-cacert</c>, and what a refused or
/// failed call means to a sysadmin. The token comes from <see cref="SmdConnection"/>.
/// </summary>
internal sealed class InventoryConnection(CliEnvironment environment)
{
    private readonly SmdConnection _smd = new(environment);

    public Option<string?> Url { get; } = new("--smd-grpc")
    {
        Description = $"SMD's gRPC URL (default: $SYSMGMT_SMD_GRPC_URL, else {SmdConnection.DefaultGrpcUrl})",
        HelpName = "url",
    };

    public bool TryParseUrl(ParseResult parseResult, out Uri url, out string error) => _smd.TryParseGrpcUrl(parseResult.GetValue(Url), out url, out error);

    /// <summary>The handler that trusts <paramref name="caFile"/>; null without one (the follower's own handler).</summary>
    public static SocketsHttpHandler? Handler(string? caFile)
    {
        if (caFile is null)
        {
            return null;
        }

        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan, KeepAlivePingDelay = TimeSpan.FromSeconds(30) };
        CertificateValidation.Apply(handler.SslOptions, new RedfishClientOptions { CaBundlePath = caFile });
        return handler;
    }

    public static string Describe(Uri url, RpcException exception) => Describe(url, exception.StatusCode, exception.Status.Detail);

    /// <param name="url">The gRPC URL called.</param>
    /// <param name="code">The call's status, when known.</param>
    /// <param name="detail">SMD's message, or the transport's.</param>
    public static string Describe(Uri url, StatusCode? code, string detail) => code switch
    {
        StatusCode.Unauthenticated => $"SMD at {url} refused the token: {detail} (give one with --token, --token-file or $SYSMGMT_TOKEN)",
        StatusCode.PermissionDenied => $"SMD at {url} refused the token, which lacks the read scope: {detail}",
        StatusCode.Unavailable => $"SMD's gRPC endpoint at {url} is unreachable: {detail}",
        null => $"SMD's gRPC endpoint at {url} failed: {detail}",
        _ => $"SMD at {url} answered {code}: {detail}",
    };
}
