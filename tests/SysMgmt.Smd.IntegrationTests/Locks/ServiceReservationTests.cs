using System.Net;
using System.Security.Cryptography;
using System.Text;
using SysMgmt.Core.Time;
using SysMgmt.Smd.IntegrationTests.EthernetInterfaces;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>
/// A service's reservations (<c>/locks/service/reservations</c> and <c>/check</c>, <c>/release</c>, <c>/renew</c>): the
/// component must be unlocked, the reservation lasts ReservationDuration minutes; the deputy key proves it and the
/// reservation key ends or renews it. Expiry itself is in <see cref="ReservationExpiryTests"/>.
/// </summary>
public sealed class ServiceReservationTests(SmdFixture smd) : LockTestBase(smd)
{
    [Fact]
    public async Task Reserve_Unlocked_GrantsKeysThatExpireAfterTheDuration()
    {
        var start = Rfc3339.ToMicroseconds(DateTimeOffset.UtcNow);
        await using var host = new ClockedSmdHost(Smd, start);

        var result = await host.Client.PostOkAsync(ServiceReservationsPath, Ids([B, A], minutes: 15));

        var grants = Grants(result);
        Assert.Equal([A, B], grants.Select(g => g.ID));
        Assert.All(grants, g => Assert.Equal(Rfc3339.Format(start.AddMinutes(15)), g.ExpirationTime));
        Assert.All(grants, g => Assert.StartsWith($"{g.ID}:rk:", g.ReservationKey, StringComparison.Ordinal));
        Assert.Equal(["DeputyKey", "ExpirationTime", "ID", "ReservationKey"], Keys(result.GetProperty("Success")[0]));
        var status = await host.Client.StatusOfAsync(A);
        Assert.Equal($"{A} - reserved -", Flags(status));
        Assert.Equal(Rfc3339.Format(start), status.Str("CreationTime"));
        Assert.Equal(Rfc3339.Format(start.AddMinutes(15)), status.Str("ExpirationTime"));
    }

    [Fact]
    public async Task Reserve_SomeLocked_RigidIs409_FlexibleReservesTheUnlocked()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A, B);

        Assert.Equal($"Component is Locked: {A}, {B}",
            await client.PostProblemAsync(ServiceReservationsPath, """{"Type":["Node"],"ReservationDuration":15,"ProcessingModel":"rigid"}""", HttpStatusCode.Conflict));
        Assert.Equal($"{C} - - -", await client.FlagsOfAsync(C));

        var result = await client.PostOkAsync(ServiceReservationsPath, """{"Type":["Node"],"ReservationDuration":15,"ProcessingModel":"flexible"}""");

        Assert.Equal([C, D], Grants(result).Select(g => g.ID));
        Assert.Equal([$"{A}:Locked", $"{B}:Locked"], Failures(result));
    }

    [Fact]
    public async Task Reserve_AlreadyReservedFlexible_AnswersEveryIdAsReserved()
    {
        using var client = Smd.CreateClient();
        await client.ReserveForServiceAsync(5, C, D);

        var result = await client.PostOkAsync(ServiceReservationsPath, Ids([C, D], "flexible", 15));

        Assert.Empty(Grants(result));
        Assert.Equal([$"{C}:Reserved", $"{D}:Reserved"], Failures(result));
        Assert.Equal($"Component is Reserved: {C}, {D}", await client.PostProblemAsync(ServiceReservationsPath, Ids([C, D], minutes: 15), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Reserve_MixedFailuresRigid_NamesEachReasonAndReservesNone()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A);
        await client.ReserveForServiceAsync(5, B);
        await client.PostOkAsync(DisablePath, Ids([C]));

        var detail = await client.PostProblemAsync(ServiceReservationsPath, Ids([A, B, C, D, "x3000c0s9b0n0"], minutes: 1), HttpStatusCode.Conflict);

        Assert.Equal(
            $"Component is Locked: {A}; Component is Reserved: {B}; Component reservations are disabled: {C}; Component not found: x3000c0s9b0n0",
            detail);
        Assert.Equal($"{D} - - -", await client.FlagsOfAsync(D));
    }

    [Fact]
    public async Task Check_DeputyKeys_ConfirmsHeldReservationsAndNotReleasedOnes()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, C, D);
        await client.PostOkAsync(ServiceReleasePath, ReservationKeys(grants.Take(1)));

        var result = await client.PostOkAsync(CheckPath, DeputyKeys(grants));

        var held = Assert.Single(result.GetProperty("Success").EnumerateArray());
        Assert.Equal(["CreationTime", "DeputyKey", "ExpirationTime", "ID"], Keys(held));
        Assert.Equal(D, held.Str("ID"));
        Assert.Equal(grants[1].DeputyKey, held.Str("DeputyKey"));
        Assert.Equal(grants[1].ExpirationTime, held.Str("ExpirationTime"));
        Assert.Equal([$"{C}:NotFound"], Failures(result));
    }

    [Fact]
    public async Task Check_ForgedDeputyKey_IsNotFound_AndAReservationKeyIsNoDeputyKey()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, C);

        var forged = await client.PostOkAsync(CheckPath, DeputyKeys([grants[0] with { DeputyKey = $"{C}:dk:{Guid.NewGuid()}" }]));
        var detail = await client.PostProblemAsync(CheckPath, Json(new { DeputyKeys = new[] { new { ID = C, Key = grants[0].ReservationKey } } }), HttpStatusCode.BadRequest);

        Assert.Empty(forged.GetProperty("Success").EnumerateArray());
        Assert.Equal([$"{C}:NotFound"], Failures(forged));
        Assert.Equal($"DeputyKeys[0].Key is not a deputy key of {C}", detail);
    }

    [Fact]
    public async Task Check_KeysInAnyCase_AreMatchedInLowerCase()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, C);

        var result = await client.PostOkAsync(CheckPath, Json(new { DeputyKeys = new[] { new { ID = C.ToUpperInvariant(), Key = grants[0].DeputyKey.ToUpperInvariant() } } }));

        Assert.Equal(C, Assert.Single(result.GetProperty("Success").EnumerateArray()).Str("ID"));
    }

    [Fact]
    public async Task Release_ThenAgain_IsNotFoundAndTheComponentCanBeReservedAgain()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, C, D);

        Assert.Equal([C, D], Succeeded(await client.PostOkAsync(ServiceReleasePath, ReservationKeys(grants))));
        await client.PostProblemAsync(ServiceReleasePath, ReservationKeys(grants), HttpStatusCode.NotFound, $"Component not found: {C}, {D}");

        var again = await client.ReserveForServiceAsync(1, C);
        Assert.NotEqual(grants[0].ReservationKey, again[0].ReservationKey);
    }

    [Fact]
    public async Task Renew_SomeReleasedRigid_Is404_Flexible_RenewsTheHeld()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, C, D);
        await client.PostOkAsync(ServiceReleasePath, ReservationKeys(grants.Take(1)));

        await client.PostProblemAsync(RenewPath, ReservationKeys(grants, minutes: 15), HttpStatusCode.NotFound, $"Component not found: {C}");
        var result = await client.PostOkAsync(RenewPath, ReservationKeys(grants, "flexible", 15));

        Assert.Equal([D], Succeeded(result));
        Assert.Equal([$"{C}:NotFound"], Failures(result));
    }

    [Fact]
    public async Task Keys_OfManyReservations_AreAllDifferent()
    {
        using var client = Smd.CreateClient();
        var ids = Enumerable.Range(0, 40).Select(i => $"x3001c0s{i}b0n0").ToArray();
        await client.PostComponentsAsync([.. ids.Select(id => Comp(id))], force: false);

        var grants = await client.ReserveForServiceAsync(1, ids);

        var keys = grants.SelectMany(g => new[] { g.DeputyKey, g.ReservationKey }).Select(k => k[(k.IndexOf(':') + 4)..]).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task ReservationKey_IsStoredOnlyAsItsHash()
    {
        using var client = Smd.CreateClient();
        var grant = (await client.ReserveForServiceAsync(5, C))[0];

        var storedAsText = await Smd.QueryScalarAsync<long>(
            $"SELECT count(*) FROM smd.reservations r WHERE position('{grant.ReservationKey}' IN r::text) > 0");
        var hash = await Smd.QueryScalarAsync<byte[]>($"SELECT reservation_key_sha256 FROM smd.reservations WHERE component_id = '{C}'");

        Assert.Equal(0, storedAsText);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(grant.ReservationKey)), hash);
    }
}
