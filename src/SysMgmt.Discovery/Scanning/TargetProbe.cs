using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// Scans one target: a TCP connection under the timeout, then (when probing) the ServiceRoot request on that same
/// connection. The connection is closed before the result is returned, so one target is one connection.
/// </summary>
internal sealed class TargetProbe(ScanOptions options, SslClientAuthenticationOptions tls)
{
    public async Task<ScanResult> ScanAsync(ScanTarget target, IReadOnlyList<AddressRange> exclusions, CancellationToken cancellationToken)
    {
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(options.Timeout);
        IPAddress[] addresses;
        if (target.Address is { } address)
        {
            addresses = [address];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(target.Host, connectTimeout.Token);
            }
            catch (SocketException exception)
            {
                return new ScanResult(target, ScanStatus.Error, $"cannot resolve {target.Host}: {exception.Message}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new ScanResult(target, ScanStatus.Error, $"cannot resolve {target.Host}: no answer within {Seconds}");
            }

            addresses = [.. addresses.Where(a => !exclusions.Any(range => range.Contains(a)))];
            if (addresses.Length == 0)
            {
                return new ScanResult(target, ScanStatus.Excluded, $"{target.Host} resolves only to excluded addresses");
            }
        }

        var (socket, failure) = await ConnectAsync(target, addresses, connectTimeout.Token, cancellationToken);
        if (socket is null)
        {
            return failure!;
        }

        using (socket)
        {
            return options.Probe
                ? await ServiceRootProbe.ProbeAsync(socket, target, tls, options.Timeout, cancellationToken)
                : new ScanResult(target, ScanStatus.Open);
        }
    }

    private string Seconds => $"{options.Timeout.TotalSeconds:0.###} s";

    /// <summary>A connected socket, or the result that says why there is none (the last address's reason).</summary>
    private async Task<(Socket? Socket, ScanResult? Failure)> ConnectAsync(
        ScanTarget target, IPAddress[] addresses, CancellationToken timeout, CancellationToken cancellationToken)
    {
        ScanResult? failure = null;
        foreach (var address in addresses)
        {
            Socket? socket = null;
            try
            {
                socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(new IPEndPoint(address, target.Port), timeout);
                return (socket, null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                socket?.Dispose();
                return (null, new ScanResult(target, ScanStatus.Unreachable, $"no answer to the connection within {Seconds}"));
            }
            catch (SocketException exception)
            {
                socket?.Dispose();
                failure = new ScanResult(target, Classify(exception.SocketErrorCode), $"{exception.SocketErrorCode}: {exception.Message}");
            }
            catch
            {
                socket?.Dispose();
                throw;
            }
        }

        return (null, failure);
    }

    /// <summary>Refusals and unreachable hosts are what a scan finds; anything else is a failure to scan.</summary>
    private static ScanStatus Classify(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => ScanStatus.Closed,
        SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.HostDown or SocketError.TimedOut => ScanStatus.Unreachable,
        _ => ScanStatus.Error,
    };
}
