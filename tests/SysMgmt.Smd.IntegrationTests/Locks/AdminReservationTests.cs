using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>
/// An administrator's reservations (<c>/locks/reservations</c>, <c>/release</c>, <c>/remove</c>): the component must be
/// locked, the reservation never expires, and only its reservation key releases it (remove needs no key).
/// </summary>
public sealed class AdminReservationTests(SmdFixture smd) : LockTestBase(smd)
{
    [Fact]
    public async Task Reserve_LockedComponents_GrantsBothKeysAndNoExpiry()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A, B);

        var result = await client.PostOkAsync(AdminReservationsPath, Ids([A, B]));

        var grants = Grants(result);
        Assert.Equal([A, B], grants.Select(g => g.ID));
        Assert.All(grants, g => Assert.Matches($"^{g.ID}:dk:[0-9a-f]{{8}}-[0-9a-f]{{4}}-4[0-9a-f]{{3}}-[89ab][0-9a-f]{{3}}-[0-9a-f]{{12}}$", g.DeputyKey));
        Assert.All(grants, g => Assert.Matches($"^{g.ID}:rk:[0-9a-f]{{8}}-[0-9a-f]{{4}}-4[0-9a-f]{{3}}-[89ab][0-9a-f]{{3}}-[0-9a-f]{{12}}$", g.ReservationKey));
        Assert.All(grants, g => Assert.Null(g.ExpirationTime));
        Assert.Equal(["DeputyKey", "ID", "ReservationKey"], Keys(result.GetProperty("Success")[0]));
        Assert.Empty(Failures(result));
        Assert.Equal($"{A} locked reserved -", await client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Reserve_UnlockedRigid_Is409_Flexible_ReservesTheLocked()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A, B);

        Assert.Equal($"Component is Unlocked: {C}, {D}",
            await client.PostProblemAsync(AdminReservationsPath, """{"Type":["Node"]}""", HttpStatusCode.Conflict));
        Assert.Equal($"{A} locked - -", await client.FlagsOfAsync(A));

        var result = await client.PostOkAsync(AdminReservationsPath, """{"Type":["Node"],"ProcessingModel":"flexible"}""");

        Assert.Equal([A, B], Grants(result).Select(g => g.ID));
        Assert.Equal([$"{C}:Unlocked", $"{D}:Unlocked"], Failures(result));
    }

    [Fact]
    public async Task Reserve_AlreadyReserved_IsRefusedAsReserved()
    {
        using var client = Smd.CreateClient();
        await client.ReserveAsAdminAsync(A);

        Assert.Equal($"Component is Reserved: {A}", await client.PostProblemAsync(AdminReservationsPath, Ids([A]), HttpStatusCode.Conflict));
        var flexible = await client.PostOkAsync(AdminReservationsPath, Ids([A], "flexible"));
        Assert.Empty(Grants(flexible));
        Assert.Equal([$"{A}:Reserved"], Failures(flexible));
    }

    [Fact]
    public async Task Release_WithTheReservationKey_EndsItAndTheComponentCanBeUnlocked()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A, B);

        var result = await client.PostOkAsync(AdminReleasePath, ReservationKeys(grants.Take(1)));

        Assert.Equal([A], Succeeded(result));
        Assert.Equal($"{A} locked - -", await client.FlagsOfAsync(A));
        Assert.Equal($"{B} locked reserved -", await client.FlagsOfAsync(B));
        Assert.Equal([A], Succeeded(await client.PostOkAsync(UnlockPath, Ids([A]))));
    }

    [Fact]
    public async Task Release_Again_IsNotFound()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A);
        await client.PostOkAsync(AdminReleasePath, ReservationKeys(grants));

        Assert.Equal($"Component not found: {A}", await client.PostProblemAsync(AdminReleasePath, ReservationKeys(grants), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Release_OneWrongKeyRigid_Is404AndReleasesNone()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A, B);
        var forged = grants[1] with { ReservationKey = $"{B}:rk:{Guid.NewGuid()}" };

        await client.PostProblemAsync(AdminReleasePath, ReservationKeys([grants[0], forged]), HttpStatusCode.NotFound, $"Component not found: {B}");

        Assert.Equal($"{A} locked reserved -", await client.FlagsOfAsync(A));
        Assert.Equal($"{B} locked reserved -", await client.FlagsOfAsync(B));
    }

    [Fact]
    public async Task Release_OneWrongKeyFlexible_ReleasesTheRightOne()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A, B);
        var forged = grants[1] with { ReservationKey = $"{B}:rk:{Guid.NewGuid()}" };

        var result = await client.PostOkAsync(AdminReleasePath, ReservationKeys([grants[0], forged], "flexible"));

        Assert.Equal([A], Succeeded(result));
        Assert.Equal([$"{B}:NotFound"], Failures(result));
        Assert.Equal($"{B} locked reserved -", await client.FlagsOfAsync(B));
    }

    [Fact]
    public async Task Release_AnotherComponentsKey_DoesNotRelease()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A, B);

        // B's ID with A's key: refused before it reaches the database, as a key that is not B's.
        var detail = await client.PostProblemAsync(AdminReleasePath,
            Json(new { ReservationKeys = new[] { new { ID = B, Key = grants[0].ReservationKey } } }), HttpStatusCode.BadRequest);

        Assert.Equal($"ReservationKeys[0].Key is not a reservation key of {B}", detail);
        Assert.Equal($"{A} locked reserved -", await client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Release_ThroughTheServiceRoute_ReleasesAnAdministratorsReservationToo()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A);

        Assert.Equal([A], Succeeded(await client.PostOkAsync(ServiceReleasePath, ReservationKeys(grants))));
    }

    [Fact]
    public async Task Renew_AnAdministratorsReservation_IsNotFound()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveAsAdminAsync(A);

        await client.PostProblemAsync(RenewPath, ReservationKeys(grants, minutes: 5), HttpStatusCode.NotFound, $"Component not found: {A}");
        Assert.Equal($"{A} locked reserved -", await client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Remove_ReservedRigid_RemovesWithoutKeys()
    {
        using var client = Smd.CreateClient();
        await client.ReserveAsAdminAsync(A);
        await client.ReserveForServiceAsync(5, B);

        var result = await client.PostOkAsync(RemovePath, Ids([A, B]));

        Assert.Equal([A, B], Succeeded(result));
        Assert.Equal($"{A} locked - -", await client.FlagsOfAsync(A));
        Assert.Equal($"{B} - - -", await client.FlagsOfAsync(B));
    }

    [Fact]
    public async Task Remove_SomeNotReservedRigid_Is404_Flexible_RemovesTheReserved()
    {
        using var client = Smd.CreateClient();
        await client.ReserveAsAdminAsync(A, B, C);

        await client.PostProblemAsync(RemovePath, """{"Type":["Node"]}""", HttpStatusCode.NotFound, $"Component not found: {D}");
        Assert.Equal($"{A} locked reserved -", await client.FlagsOfAsync(A));

        var result = await client.PostOkAsync(RemovePath, """{"Type":["Node"],"ProcessingModel":"flexible"}""");

        Assert.Equal([A, B, C], Succeeded(result));
        Assert.Equal([$"{D}:NotFound"], Failures(result));
    }

    [Fact]
    public async Task Remove_EmptyBodyFlexible_RemovesEveryReservation()
    {
        using var client = Smd.CreateClient();
        await client.ReserveAsAdminAsync(A);
        await client.ReserveForServiceAsync(5, B, C);

        var result = await client.PostOkAsync(RemovePath, """{"ProcessingModel":"flexible"}""");

        Assert.Equal([A, B, C], Succeeded(result));
        Assert.Equal([$"{D}:NotFound"], Failures(result));
        Assert.Empty((await client.GetJsonAsync($"{StatusPath}?reserved=true")).GetProperty("Components").EnumerateArray());
    }
}
