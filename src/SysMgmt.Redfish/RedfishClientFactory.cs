using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Redfish;

/// <summary>
/// Creates a <see cref="RedfishClient"/> per BMC. All clients share one connection handler (pools are per host), so
/// talking to thousands of BMCs costs one handler, with the TLS settings of the options.
/// </summary>
public sealed class RedfishClientFactory : IDisposable
{
    private readonly RedfishClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SocketsHttpHandler _handler;

    public RedfishClientFactory(IOptions<RedfishClientOptions> options, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options.Value;
        if (new RedfishClientOptionsValidator().Validate(null, _options) is { Failed: true } result)
        {
            throw new OptionsValidationException(RedfishClientOptions.SectionName, typeof(RedfishClientOptions), result.Failures);
        }

        _time = time ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _handler = new SocketsHttpHandler
        {
            // The per-attempt timeout covers connect and TLS handshake; this one only ends connection attempts left
            // behind by timed-out requests. Twice as long, so that it never races the per-attempt timer (it did
            // at equal length, and surfaced as a bare OperationCanceledException when it won).
            ConnectTimeout = _options.RequestTimeout * 2,
            MaxConnectionsPerServer = _options.MaxConcurrentRequestsPerBmc,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        CertificateValidation.Apply(_handler.SslOptions, _options);
    }

    public RedfishClient Create(RedfishEndpoint endpoint)
    {
        // Timeouts come from the options, per attempt and per BMC; HttpClient's own would fight them.
        var http = new HttpClient(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        return new RedfishClient(http, endpoint, _options, _time, _loggerFactory.CreateLogger<RedfishClient>());
    }

    public void Dispose() => _handler.Dispose();
}
