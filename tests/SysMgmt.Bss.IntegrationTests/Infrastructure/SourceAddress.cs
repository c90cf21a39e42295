using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Bss.IntegrationTests.Infrastructure;

/// <summary>
/// HTTP clients whose connections come from a chosen loopback address (127.0.0.2, 127.0.0.3…), so that one
/// test process can act as several nodes towards a real Kestrel that identifies nodes by source address.
/// </summary>
internal static class SourceAddress
{
    public static HttpClient Client(string baseUrl, string sourceAddress) =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            BaseAddress = new Uri(baseUrl),
        };
}
