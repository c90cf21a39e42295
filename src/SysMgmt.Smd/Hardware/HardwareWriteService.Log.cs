namespace SysMgmt.Smd.Hardware;

internal sealed partial class HardwareWriteService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Locations} hardware locations ({Frus} FRUs new or changed, {Events} history events)")]
    private static partial void LogStored(ILogger logger, int locations, int frus, int events);
}
