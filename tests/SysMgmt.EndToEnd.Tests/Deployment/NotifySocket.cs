using System.Net.Sockets;
using System.Text;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// The datagram socket systemd gives a <c>Type=notify</c> service in <c>NOTIFY_SOCKET</c>: the test plays systemd's
/// part and collects what the service reports (<c>READY=1</c>, <c>STOPPING=1</c>).
/// </summary>
internal sealed class NotifySocket : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
    private readonly List<string> _received = [];

    public NotifySocket(string path)
    {
        Path = path;
        _socket.Bind(new UnixDomainSocketEndPoint(path));
    }

    public string Path { get; }

    /// <summary>Every message so far, in order.</summary>
    public IReadOnlyList<string> Received => _received;

    /// <summary>Waits until a message carrying the <paramref name="assignment"/> line (e.g. <c>READY=1</c>) arrives.</summary>
    public async Task<bool> WaitForAsync(string assignment, TimeSpan timeout, Func<bool> givenUp)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var buffer = new byte[4096];
        while (!_received.Any(message => message.Split('\n').Contains(assignment)))
        {
            if (givenUp())
            {
                return false;
            }

            using var poll = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            poll.CancelAfter(TimeSpan.FromMilliseconds(500));
            try
            {
                var length = await _socket.ReceiveAsync(buffer, SocketFlags.None, poll.Token);
                _received.Add(Encoding.UTF8.GetString(buffer, 0, length));
            }
            catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the messages already queued, without waiting (after the service exited).</summary>
    public void ReceiveQueued()
    {
        var buffer = new byte[4096];
        while (_socket.Available > 0)
        {
            var length = _socket.Receive(buffer);
            _received.Add(Encoding.UTF8.GetString(buffer, 0, length));
        }
    }

    public void Dispose() => _socket.Dispose();
}
