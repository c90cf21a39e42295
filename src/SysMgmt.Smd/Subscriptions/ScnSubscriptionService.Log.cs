namespace SysMgmt.Smd.Subscriptions;

internal sealed partial class ScnSubscriptionService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Saved SCN subscription {SubscriptionId} of {Subscriber}")]
    private static partial void LogSaved(ILogger logger, long subscriptionId, string subscriber);
}
