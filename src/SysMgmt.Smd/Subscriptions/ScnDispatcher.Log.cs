namespace SysMgmt.Smd.Subscriptions;

// Subscribers are named by ID and Subscriber, never by URL: a URL may carry credentials.
internal sealed partial class ScnDispatcher
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivered an SCN about {Components} components to subscription {SubscriptionId} ({Subscriber}), through change {Sequence}")]
    private static partial void LogDelivered(ILogger logger, long subscriptionId, string subscriber, int components, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SCN to subscription {SubscriptionId} ({Subscriber}) not delivered: {Reason}; attempt {Attempts}, retrying in {Delay}")]
    private static partial void LogNotDelivered(ILogger logger, long subscriptionId, string subscriber, string reason, int attempts, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} ({Subscriber}) fell behind the change feed's retention: changes after {Sequence} before {OldestRetained} were swept without being notified")]
    private static partial void LogFellBehind(ILogger logger, long subscriptionId, string subscriber, long sequence, long oldestRetained);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SCN dispatch failed; trying again")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
