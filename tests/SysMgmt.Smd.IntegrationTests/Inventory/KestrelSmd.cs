using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing;
using SysMgmt.Testing.Authentication;

namespace SysMgmt.Smd.IntegrationTests.Inventory;

/// <summary>
/// SMD on real loopback sockets (Kestrel): REST on one port and the inventory gRPC service on an HTTP/2-only port, as
/// scripts/up runs it. Start it again on the same gRPC port to play a restart.
/// </summary>
internal sealed class KestrelSmd : IAsyncDisposable
{
    private readonly SmdApplicationFactory _factory;
    private readonly TestTokenIssuer _tokens;

    private KestrelSmd(SmdApplicationFactory factory, TestTokenIssuer tokens, int restPort, int grpcPort)
    {
        _factory = factory;
        _tokens = tokens;
        RestAddress = new Uri($"http://127.0.0.1:{restPort}");
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public Uri RestAddress { get; }

    public Uri GrpcAddress { get; }

    public IServiceProvider Services => _factory.Services;

    public static KestrelSmd Start(string connectionString, TestTokenIssuer tokens, int? grpcPort = null, params (string Key, string? Value)[] settings)
    {
        var restPort = LoopbackPorts.FindFree();
        var grpc = grpcPort ?? LoopbackPorts.FindFree();
        var factory = new SmdApplicationFactory(SmdSettings.For(connectionString, tokens, [("Smd:Grpc:PollInterval", "00:00:00.500"), .. settings]));
        factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, restPort);
            kestrel.Listen(IPAddress.Loopback, grpc, endpoint => endpoint.Protocols = HttpProtocols.Http2);
        });
        factory.StartServer();
        return new KestrelSmd(factory, tokens, restPort, grpc);
    }

    /// <summary>A REST client over the socket, with a token for <paramref name="scope"/> (none when null).</summary>
    public HttpClient CreateRestClient(string? scope = SmdFixture.ReadWrite)
    {
        var client = new HttpClient { BaseAddress = RestAddress };
        if (scope is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.CreateToken(scope));
        }

        return client;
    }

    /// <summary>A gRPC channel to the HTTP/2 port; every call carries a token for <paramref name="scope"/> (none when null).</summary>
    public GrpcChannel CreateChannel(string? scope = "read")
    {
        var token = scope is null ? null : _tokens.CreateToken(scope);
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            if (token is not null)
            {
                metadata.Add("authorization", $"Bearer {token}");
            }

            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }

    public SysMgmt.Inventory.V1.Inventory.InventoryClient CreateClient(string? scope = "read") => new(CreateChannel(scope));

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
