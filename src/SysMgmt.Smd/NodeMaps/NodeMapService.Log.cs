namespace SysMgmt.Smd.NodeMaps;

internal sealed partial class NodeMapService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Count} node maps")]
    private static partial void LogStored(ILogger logger, int count);
}
