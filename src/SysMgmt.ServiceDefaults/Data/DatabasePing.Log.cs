using Microsoft.Extensions.Logging;

namespace SysMgmt.ServiceDefaults.Data;

public sealed partial class DatabasePing
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The database did not answer a ping: {Reason}")]
    private static partial void LogPingFailed(ILogger logger, string reason);
}
