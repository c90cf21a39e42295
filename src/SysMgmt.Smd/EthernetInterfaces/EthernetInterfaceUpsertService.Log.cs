namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed partial class EthernetInterfaceUpsertService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Upserted {Count} ethernet interfaces: {Inserted} new, {Updated} changed")]
    private static partial void LogUpserted(ILogger logger, int count, int inserted, int updated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {ConflictCount} ethernet interface conflicts, nothing written; first: {Conflict}")]
    private static partial void LogRefused(ILogger logger, int conflictCount, string conflict);
}
