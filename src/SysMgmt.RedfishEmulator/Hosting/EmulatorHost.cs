using System.Diagnostics;
using System.Net;
using System.Net.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.RedfishEmulator.Requests;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>
/// Many emulated BMCs in one Kestrel: one listener per BMC endpoint, one request pipeline that finds the BMC by the
/// address and port a connection arrived on. Mockups are parsed once and shared.
/// </summary>
public sealed partial class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorHost(WebApplication app, IReadOnlyList<EmulatedBmc> bmcs, EmulatorCertificates? certificates, TimeSpan startupTime)
    {
        _app = app;
        Bmcs = bmcs;
        Certificates = certificates;
        StartupTime = startupTime;
    }

    public IReadOnlyList<EmulatedBmc> Bmcs { get; }

    /// <summary>The CA that signed every BMC certificate; null when serving plain HTTP.</summary>
    public EmulatorCertificates? Certificates { get; }

    /// <summary>From the call to <see cref="StartAsync"/> until every BMC listened.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>Loads the mockups, binds every BMC endpoint and starts answering.</summary>
    /// <exception cref="EmulatorStartException">Invalid options, a mockup that cannot be read, or an endpoint in use.</exception>
    public static async Task<EmulatorHost> StartAsync(
        EmulatorOptions options, Action<ILoggingBuilder>? configureLogging = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        if (EmulatorOptionsValidator.Validate(options) is { Count: > 0 } errors)
        {
            throw new EmulatorStartException(string.Join("; ", errors));
        }

        var bmcs = CreateBmcs(options, LoadMockups(options.Mockups));
        var certificates = options.Http ? null : new EmulatorCertificates();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            foreach (var bmc in bmcs.Where(b => !b.Faults.RefuseConnections))
            {
                kestrel.Listen(bmc.Endpoint, listen => Configure(listen, bmc.Endpoint.Address, certificates));
            }
        });

        var app = builder.Build();
        var handler = new EmulatorRequestHandler(new BmcDirectory(bmcs), options, time ?? TimeProvider.System);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync();
            certificates?.Dispose();
            throw new EmulatorStartException($"cannot listen on every BMC endpoint: {exception.Message}", exception);
        }

        var host = new EmulatorHost(app, bmcs, certificates, stopwatch.Elapsed);
        LogStarted(app.Services.GetRequiredService<ILogger<EmulatorHost>>(), bmcs.Count, options.Mockups.Count, bmcs[0].BaseUri, bmcs[^1].BaseUri, stopwatch.ElapsedMilliseconds);
        return host;
    }

    /// <summary>Completes when the emulator has stopped, e.g. after <see cref="DisposeAsync"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificates?.Dispose();
    }

    private static void Configure(ListenOptions listen, IPAddress address, EmulatorCertificates? certificates)
    {
        // BMCs speak HTTP/1.1; it also keeps a thousand listeners cheap.
        listen.Protocols = HttpProtocols.Http1;
        if (certificates is not null)
        {
            listen.UseHttps(new TlsHandshakeCallbackOptions
            {
                OnConnection = _ => ValueTask.FromResult(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = certificates.ForAddress(address),
                }),
            });
        }
    }

    private static List<MockupTree> LoadMockups(IEnumerable<string> directories)
    {
        try
        {
            return [.. directories.Select(MockupTree.Load)];
        }
        catch (MockupException exception)
        {
            throw new EmulatorStartException(exception.Message, exception);
        }
    }

    private static List<EmulatedBmc> CreateBmcs(EmulatorOptions options, List<MockupTree> mockups)
    {
        var first = IPv4.ToNumber(IPAddress.Parse(options.Address));
        var credentials = new BmcCredentials(options.Username, options.Password);
        return
        [
            .. Enumerable.Range(0, options.Count).Select(i =>
            {
                var endpoint = options.Layout == EmulatorLayout.ConsecutiveAddresses
                    ? new IPEndPoint(IPv4.FromNumber(first + (uint)i), options.Port)
                    : new IPEndPoint(IPv4.FromNumber(first), options.Port + i);
                return new EmulatedBmc(i, endpoint, !options.Http, mockups[i % mockups.Count], credentials, options.Faults.TryGetValue(i, out var faults) ? faults : BmcFaults.None);
            }),
        ];
    }
}
