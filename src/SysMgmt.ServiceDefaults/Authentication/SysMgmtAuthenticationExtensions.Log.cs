using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

public static partial class SysMgmtAuthenticationExtensions
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning,
        Message = "AUTHENTICATION IS OFF (Auth:InsecureNoAuth=true): no token is checked and EVERYONE who can reach this service "
            + "can read AND WRITE all of its data. Use this only on a throwaway development machine.")]
    private static partial void LogAuthenticationDisabled(ILogger logger);
}
