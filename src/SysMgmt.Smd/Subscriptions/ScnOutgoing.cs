using System.Text.Json;
using System.Text.Json.Serialization;

namespace SysMgmt.Smd.Subscriptions;

/// <summary>
/// A notification as it goes out: its JSON body, the <c>Idempotency-Key</c> it carries (the same on every attempt),
/// and how far in the feed it takes the subscription once confirmed.
/// </summary>
internal sealed record ScnOutgoing(Guid Key, ScnCursor Through, int Components, byte[] Body)
{
    private static readonly JsonSerializerOptions s_json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ScnOutgoing Create(ScnNotification notification, ScnCursor through) =>
        new(Guid.NewGuid(), through, notification.Components.Count, JsonSerializer.SerializeToUtf8Bytes(notification, s_json));
}
