namespace SysMgmt.Smd.Components;

internal sealed partial class ComponentWriteService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Written} of {Requested} components (force: {Force})")]
    private static partial void LogUpserted(ILogger logger, int requested, int written, bool force);
}
