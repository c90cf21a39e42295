namespace SysMgmt.Bss.NodeIndex;

internal sealed partial class NodeIndexRefreshWorker
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Node index loaded from SMD: {NodeCount} nodes, {MacCount} MAC addresses")]
    private static partial void LogLoaded(ILogger logger, int nodeCount, int macCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node index is incomplete: {Warning}")]
    private static partial void LogIncomplete(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read SMD ({Reason}); still serving the last node index ({NodeCount} nodes)")]
    private static partial void LogRefreshFailed(ILogger logger, string reason, int nodeCount);
}
