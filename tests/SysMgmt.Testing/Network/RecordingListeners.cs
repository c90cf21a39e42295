using System.Net;
using System.Net.Sockets;

namespace SysMgmt.Testing.Network;

/// <summary>
/// TCP listeners on loopback endpoints that record which endpoints were contacted and the most connections open at
/// once, seen from the server side. The count is exact: before each accepted connection is counted, the ones the
/// client already closed are drained and dropped (on loopback a close reaches the server before the next connect).
/// </summary>
public sealed class RecordingListeners : IAsyncDisposable
{
    private static readonly byte[] s_banner = "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"u8.ToArray();

    private readonly List<Socket> _listeners;
    private readonly ListenerBehavior _behavior;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<Socket> _open = [];
    private readonly Dictionary<IPEndPoint, int> _contacts = [];
    private readonly List<Task> _acceptLoops;
    private int _maxConcurrent;

    private RecordingListeners(List<Socket> listeners, ListenerBehavior behavior)
    {
        _listeners = listeners;
        _behavior = behavior;
        _acceptLoops = [.. listeners.Select(AcceptLoopAsync)];
    }

    /// <summary>Where the listeners listen (with the port the system chose for port 0).</summary>
    public IReadOnlyList<IPEndPoint> Endpoints => [.. _listeners.Select(l => (IPEndPoint)l.LocalEndPoint!)];

    /// <summary>The endpoints that accepted at least one connection.</summary>
    public IReadOnlySet<IPEndPoint> Contacted
    {
        get
        {
            lock (_lock)
            {
                return _contacts.Keys.ToHashSet();
            }
        }
    }

    /// <summary>
    /// Waits, up to 5 s, until at least <paramref name="connections"/> connections were accepted. A client's connect
    /// completes in the kernel's backlog before the accept loop records it, so a scan can return first.
    /// </summary>
    public async Task WaitForConnectionsAsync(int connections, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Connections < connections && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Connections accepted, over all endpoints.</summary>
    public int Connections
    {
        get
        {
            lock (_lock)
            {
                return _contacts.Values.Sum();
            }
        }
    }

    /// <summary>The most connections open at the same time.</summary>
    public int MaxConcurrent
    {
        get
        {
            lock (_lock)
            {
                return _maxConcurrent;
            }
        }
    }

    /// <exception cref="SocketException">An endpoint is in use.</exception>
    public static RecordingListeners Start(IEnumerable<IPEndPoint> endpoints, ListenerBehavior behavior = ListenerBehavior.Hang)
    {
        var listeners = new List<Socket>();
        try
        {
            foreach (var endpoint in endpoints)
            {
                var listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                listeners.Add(listener);
                listener.Bind(endpoint);
                listener.Listen(512);
            }
        }
        catch
        {
            listeners.ForEach(l => l.Dispose());
            throw;
        }

        return new RecordingListeners(listeners, behavior);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listeners.ForEach(l => l.Dispose());
        await Task.WhenAll(_acceptLoops);
        lock (_lock)
        {
            _open.ForEach(s => s.Dispose());
            _open.Clear();
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        var endpoint = (IPEndPoint)listener.LocalEndPoint!;
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await listener.AcceptAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_lock)
            {
                _open.RemoveAll(ClosedByPeer);
                _open.Add(connection);
                _contacts[endpoint] = _contacts.GetValueOrDefault(endpoint) + 1;
                _maxConcurrent = Math.Max(_maxConcurrent, _open.Count);
            }

            if (_behavior == ListenerBehavior.Banner)
            {
                try
                {
                    connection.Send(s_banner);
                }
                catch (SocketException)
                {
                    // The client left already; the next sweep drops it.
                }
            }
        }
    }

    /// <summary>Reads what the client sent; true (and disposed) once the client has closed its side.</summary>
    private static bool ClosedByPeer(Socket socket)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.Poll(0, SelectMode.SelectRead))
            {
                if (socket.Available == 0)
                {
                    socket.Dispose();
                    return true;
                }

                socket.Receive(buffer);
            }

            return false;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return true;
        }
    }
}
