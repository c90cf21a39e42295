namespace SysMgmt.Smd.PowerMaps;

internal sealed partial class PowerMapService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Count} power maps")]
    private static partial void LogStored(ILogger logger, int count);
}
