using System.Security.Cryptography;
using System.Text;
using SysMgmt.Smd.Locks;

namespace SysMgmt.Smd.Tests.Locks;

public sealed class ReservationKeysTests
{
    private const string Uuid4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    [Fact]
    public void Issue_AComponent_GivesADeputyAndAReservationKeyInTheAnchorsShape()
    {
        var (deputy, reservation) = ReservationKeys.Issue("x3000c0s1b0n0");

        Assert.Matches($"^x3000c0s1b0n0:dk:{Uuid4}$", deputy);
        Assert.Matches($"^x3000c0s1b0n0:rk:{Uuid4}$", reservation);
        Assert.NotEqual(deputy[^36..], reservation[^36..]);
    }

    [Fact]
    public void Issue_ManyTimes_NeverRepeatsAKey()
    {
        var keys = Enumerable.Range(0, 10_000).SelectMany(_ => ReservationKeys.Issue("x1c0s0b0n0") is var (d, r) ? new[] { d, r } : []).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hash_IsTheSha256OfTheKeysUtf8()
    {
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes("x1:rk:abc")), ReservationKeys.Hash("x1:rk:abc"));
    }

    [Theory]
    [InlineData("x1c0s0b0n0:rk:0f", "x1c0s0b0n0", ":rk:", true)]
    [InlineData("x1c0s0b0n0:dk:0f", "x1c0s0b0n0", ":rk:", false)]
    [InlineData("x1c0s0b0n0:rk:", "x1c0s0b0n0", ":rk:", false)]
    [InlineData("x1c0s0b0n1:rk:0f", "x1c0s0b0n0", ":rk:", false)]
    [InlineData("x1c0s0b0n0x:rk:0f", "x1c0s0b0n0", ":rk:", false)]
    [InlineData("x1c0s0b0n0", "x1c0s0b0n0", ":dk:", false)]
    [InlineData("", "x1c0s0b0n0", ":dk:", false)]
    public void Fits_OnlyAKeyOfThatKindForThatComponent(string key, string componentId, string marker, bool expected)
    {
        Assert.Equal(expected, ReservationKeys.Fits(key, componentId, marker));
    }
}
