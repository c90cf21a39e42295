namespace SysMgmt.Smd.Locks;

internal sealed partial class ReservationService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Reserved {Count} components ({Kind}); {Refused} refused")]
    private static partial void LogReserved(ILogger logger, int count, string kind, int refused);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed the reservations of {Count} components")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} reservations; {Unmatched} keys matched none")]
    private static partial void LogReleased(ILogger logger, int count, int unmatched);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewed {Count} reservations for {Minutes} minutes; {Unmatched} keys matched none")]
    private static partial void LogRenewed(ILogger logger, int count, int unmatched, double minutes);
}
