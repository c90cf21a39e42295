using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Testing;

public static class LoopbackPorts
{
    // Below the kernel's ephemeral range (32768-60999), where every port-0 bind and outgoing connection of every
    // process on the machine draws from: a port handed to a child process that binds it minutes later (after a
    // build) must not be given meanwhile to someone else's listener. Also clear of the fixed defaults (27432+ for
    // PostgreSQL, 27778-27799 for the services and benchmarks).
    private const int FirstPort = 10_000;
    private const int LastPort = 26_999;

    /// <summary>A port on 127.0.0.1 that was free a moment ago (callers that bind later may have to retry).</summary>
    public static int FindFree()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(FirstPort, LastPort + 1);
            if (TryBind(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"no free port on 127.0.0.1 between {FirstPort} and {LastPort}");
    }

    /// <summary>True when something accepts connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool TryBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
