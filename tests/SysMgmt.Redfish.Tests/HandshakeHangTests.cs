using System.Net;
using System.Net.Sockets;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Tests.Infrastructure;

namespace SysMgmt.Redfish.Tests;

/// <summary>
/// A BMC whose TCP stack accepts but whose TLS stack never answers: every attempt must end as a typed timeout.
/// The handler's own connect timeout used to race the per-attempt timeout and, when it won, escaped as a bare
/// OperationCanceledException that ended `sysmgmt discover collect` with exit 1 and no message.
/// </summary>
public sealed class HandshakeHangTests
{
    [Fact]
    public async Task WalkAsync_TlsHandshakeNeverAnswers_AlwaysATypedTimeout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var held = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                held.Add(await listener.AcceptTcpClientAsync(cancellationToken));
            }
        }, cancellationToken);
        var baseUri = new Uri($"https://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        using var factory = TestClients.Factory(new RedfishClientOptions
        {
            RequestTimeout = TimeSpan.FromMilliseconds(50),
            BmcDeadline = TimeSpan.FromSeconds(30),
            MaxRetries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

        // Many short attempts, so that a race between two timers of the same length shows up.
        for (var attempt = 0; attempt < 40; attempt++)
        {
            await using var client = factory.Create(baseUri);
            var error = await Assert.ThrowsAsync<RedfishException>(() => RedfishInventoryWalker.WalkAsync(client, cancellationToken));
            Assert.Equal(RedfishErrorKind.Timeout, error.Kind);
        }

        listener.Stop();
        foreach (var connection in held)
        {
            connection.Dispose();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => accepting);
    }
}
