using System.Net.Sockets;
using System.Security.Authentication;

namespace SysMgmt.Redfish.Transport;

/// <summary>Turns what <see cref="HttpClient"/> throws into a <see cref="RedfishException"/> that says what happened.</summary>
internal static class TransportErrors
{
    /// <summary>Worth retrying: everything but TLS failures and unknown host names, which a retry will not fix.</summary>
    public static bool IsTransient(HttpRequestException exception) =>
        exception.HttpRequestError is not (HttpRequestError.SecureConnectionError or HttpRequestError.NameResolutionError)
        && !IsTls(exception);

    public static RedfishException From(HttpRequestException exception, HttpMethod method, Uri uri, int attempts)
    {
        if (IsTls(exception))
        {
            return new RedfishException(RedfishErrorKind.Tls,
                $"TLS with {uri.Authority} failed: {Innermost(exception).Message} " +
                "(give the BMC's CA in Redfish:CaBundlePath, or set Redfish:Insecure for self-signed BMCs)", uri, innerException: exception);
        }

        if (exception.HttpRequestError == HttpRequestError.ResponseEnded || exception.InnerException is HttpIOException or IOException)
        {
            return new RedfishException(RedfishErrorKind.InvalidResponse,
                $"{method} {uri}: the response ended before it was complete ({Innermost(exception).Message}; {attempts} attempts)", uri, innerException: exception);
        }

        var reason = Innermost(exception) is SocketException socket ? socket.SocketErrorCode.ToString() : Innermost(exception).Message;
        return new RedfishException(RedfishErrorKind.Connection,
            $"{method} {uri}: cannot connect ({reason}; {attempts} attempts)", uri, innerException: exception);
    }

    private static bool IsTls(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }
        || exception.InnerException is AuthenticationException;

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
