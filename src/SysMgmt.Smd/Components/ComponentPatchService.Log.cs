namespace SysMgmt.Smd.Components;

internal sealed partial class ComponentPatchService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Change} patch changed {Changed} of {Requested} components")]
    private static partial void LogPatched(ILogger logger, string change, int requested, int changed);
}
