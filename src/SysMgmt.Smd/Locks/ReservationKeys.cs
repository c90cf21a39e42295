using System.Security.Cryptography;
using System.Text;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// The two keys of a reservation, in the anchors' shape <c>&lt;xname&gt;:dk:&lt;uuid&gt;</c> (deputy: proves the
/// reservation, may be handed on) and <c>&lt;xname&gt;:rk:&lt;uuid&gt;</c> (reservation: releases and renews it, a secret).
/// The UUIDs are version 4 with 122 bits from the operating system's CSPRNG, so a key cannot be guessed. Keys are
/// compared in lower case, as the anchors do.
/// </summary>
internal static class ReservationKeys
{
    public const string DeputyMarker = ":dk:";
    public const string ReservationMarker = ":rk:";

    public static (string Deputy, string Reservation) Issue(string componentId) =>
        (componentId + DeputyMarker + RandomUuid(), componentId + ReservationMarker + RandomUuid());

    /// <summary>What is stored of a reservation key: its SHA-256, never the key.</summary>
    public static byte[] Hash(string reservationKey) => SHA256.HashData(Encoding.UTF8.GetBytes(reservationKey));

    /// <summary>True when <paramref name="key"/> (lower case) is a key of that kind issued for <paramref name="componentId"/>.</summary>
    public static bool Fits(string key, string componentId, string marker) =>
        key.Length > componentId.Length + marker.Length
        && key.StartsWith(componentId, StringComparison.Ordinal)
        && string.CompareOrdinal(key, componentId.Length, marker, 0, marker.Length) == 0;

    private static string RandomUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
