using Microsoft.Extensions.Options;
using Npgsql;
using SysMgmt.Smd.Changes;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// Delivers state-change notifications from the change feed (the outbox): each worker claims a due subscription
/// (its delivery row locked, skipping those another worker or replica holds), reads the changes after its cursor,
/// records the next notification as in flight (ScnPendingStore), POSTs it and moves the cursor in the claim's
/// transaction once the subscriber confirmed. A failure leaves the cursor and sends the same notification, with the
/// same Idempotency-Key, later, with exponential backoff; so does the next claim after a crash between the
/// confirmation and the commit. Notifications arrive in order, none is lost, and a subscriber that keeps the keys it
/// handled sees each exactly once. Woken by LISTEN/NOTIFY (it runs this process's
/// <see cref="ChangeNotificationListener"/>); polls as well.
/// </summary>
internal sealed partial class ScnDispatcher(
    NpgsqlDataSource dataSource,
    ScnSender sender,
    ChangeNotificationListener listener,
    ChangeSignal signal,
    ScnMetrics metrics,
    IOptions<ScnOptions> options,
    TimeProvider time,
    ILogger<ScnDispatcher> logger) : BackgroundService
{
    /// <summary>How long one claim may go on delivering; a changed subscription applies from the next claim.</summary>
    private static readonly TimeSpan s_batchTime = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Dispatch
            ? Task.WhenAll([
                listener.RunAsync(stoppingToken),
                .. Enumerable.Range(0, options.Value.Concurrency).Select(worker => Task.Run(() => RunAsync(worker, stoppingToken), CancellationToken.None))])
            : Task.CompletedTask;

    private async Task RunAsync(int worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            var worked = false;
            try
            {
                worked = await DeliverNextAsync(stoppingToken);
                if (!worked && worker == 0)
                {
                    metrics.Backlog(await ScnDeliveryStore.BacklogAsync(dataSource, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database went away, say: nothing was recorded, so the same notification is tried again.
                LogDispatchFailed(logger, exception);
            }

            if (!worked)
            {
                await Task.WhenAny(wake, Task.Delay(options.Value.PollInterval, time, stoppingToken));
            }
        }
    }

    /// <summary>
    /// Delivers to one due subscription; false when none was due. After a confirmed notification it goes on with the
    /// changes already read while it can lock the subscription again at the cursor it saved (no other dispatcher
    /// moved it), for up to <see cref="s_batchTime"/>, so a backlog drains without a claim and a read per POST.
    /// </summary>
    private async Task<bool> DeliverNextAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
        var transaction = await connection.BeginTransactionAsync(stoppingToken);
        try
        {
            if (await ScnDeliveryStore.ClaimAsync(connection, time.GetUtcNow(), stoppingToken) is not { } delivery)
            {
                return false;
            }

            var status = await ChangeFeedReader.StatusAsync(connection, stoppingToken);
            var cursor = delivery.Cursor;
            if (cursor.Sequence < status.OldestRetained - 1)
            {
                LogFellBehind(logger, delivery.SubscriptionId, delivery.Subscriber, cursor.Sequence, status.OldestRetained);
                cursor = ScnCursor.After(status.OldestRetained - 1);
                delivery = delivery with { Cursor = cursor };
            }

            if (await ScnPendingStore.FindAsync(connection, delivery.SubscriptionId, stoppingToken) is { } unconfirmed)
            {
                // Sent before, its confirmation unrecorded: the same notification again, whatever the feed holds now.
                await SendAsync(connection, delivery, unconfirmed);
                await transaction.CommitAsync(CancellationToken.None);
                return true;
            }

            var changes = await ChangeFeedReader.ChangesAsync(connection, cursor.ReadSince, settings.PageSize, ChangeKinds.Component, stoppingToken);
            var readThrough = changes.Count == settings.PageSize ? changes[^1].Sequence : Math.Max(status.Latest, changes.LastOrDefault()?.Sequence ?? 0);
            var started = time.GetTimestamp();
            var delivered = false;
            while (ScnPlanner.Plan(delivery.Triggers, cursor, changes, readThrough, settings.MaxComponentsPerNotification) is { } plan)
            {
                var now = time.GetUtcNow();
                if (plan.Notification is not { } notification)
                {
                    await ScnDeliveryStore.SaveAsync(connection, delivery.SubscriptionId, plan.Cursor, 0, now, null, CancellationToken.None);
                    await transaction.CommitAsync(CancellationToken.None);
                    return true;
                }

                var outgoing = ScnOutgoing.Create(notification, plan.Cursor);
                await ScnPendingStore.RecordAsync(dataSource, delivery.SubscriptionId, outgoing, stoppingToken);
                var confirmed = await SendAsync(connection, delivery, outgoing);
                await transaction.CommitAsync(CancellationToken.None);
                if (!confirmed)
                {
                    return true;
                }

                cursor = plan.Cursor;
                delivery = delivery with { Attempts = 0, Cursor = cursor };
                delivered = true;
                if (stoppingToken.IsCancellationRequested || time.GetElapsedTime(started) > s_batchTime)
                {
                    return true;
                }

                await transaction.DisposeAsync();
                transaction = await connection.BeginTransactionAsync(stoppingToken);
                if (!await ScnDeliveryStore.RelockAsync(connection, delivery.SubscriptionId, cursor, stoppingToken))
                {
                    return true;
                }
            }

            return delivered;
        }
        finally
        {
            await transaction.DisposeAsync();
        }
    }

    /// <summary>
    /// POSTs <paramref name="outgoing"/>; once confirmed, moves the cursor past it and forgets it, else schedules a
    /// retry of the same notification. The caller commits. True when the subscriber confirmed.
    /// </summary>
    private async Task<bool> SendAsync(NpgsqlConnection connection, ScnDelivery delivery, ScnOutgoing outgoing)
    {
        var now = time.GetUtcNow();
        if (await sender.SendAsync(delivery.Url, outgoing) is { } failure)
        {
            var attempts = delivery.Attempts + 1;
            var delay = options.Value.RetryDelay(attempts);
            metrics.Failed();
            LogNotDelivered(logger, delivery.SubscriptionId, delivery.Subscriber, failure, attempts, delay);
            await ScnDeliveryStore.SaveAsync(connection, delivery.SubscriptionId, delivery.Cursor, attempts, now + delay, failure, CancellationToken.None);
            return false;
        }

        // Once the subscriber has confirmed, the cursor is saved even while the host is stopping.
        metrics.Delivered(outgoing.Components);
        LogDelivered(logger, delivery.SubscriptionId, delivery.Subscriber, outgoing.Components, outgoing.Through.Sequence);
        await ScnDeliveryStore.SaveAsync(connection, delivery.SubscriptionId, outgoing.Through, 0, now, null, CancellationToken.None);
        await ScnPendingStore.RemoveAsync(connection, delivery.SubscriptionId, CancellationToken.None);
        return true;
    }
}
