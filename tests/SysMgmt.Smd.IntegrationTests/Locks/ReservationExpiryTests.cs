using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Core.Time;
using SysMgmt.Smd.IntegrationTests.EthernetInterfaces;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Smd.Locks;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>
/// Service reservations expire on an SMD whose clock the test moves: an expired reservation is never reported as held,
/// even before the sweeper deletes its row, and the sweeper deletes exactly the expired ones.
/// </summary>
public sealed class ReservationExpiryTests(SmdFixture smd) : LockTestBase(smd)
{
    private Task<long> StoredReservationsAsync() => Smd.QueryScalarAsync<long>("SELECT count(*) FROM smd.reservations");

    [Fact]
    public async Task Expired_BeforeTheSweep_IsNotHeldAnywhere()
    {
        await using var host = new ClockedSmdHost(Smd);
        var client = host.Client;
        var grants = await client.ReserveForServiceAsync(1, A);

        host.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, await StoredReservationsAsync()); // the row is still there: the reads below must ignore it
        Assert.Equal($"{A} - - -", await client.FlagsOfAsync(A));
        Assert.Empty((await client.GetJsonAsync($"{StatusPath}?reserved=true")).GetProperty("Components").EnumerateArray());
        Assert.Equal([$"{A}:NotFound"], Failures(await client.PostOkAsync(CheckPath, DeputyKeys(grants))));
        await client.PostProblemAsync(RenewPath, ReservationKeys(grants, minutes: 5), HttpStatusCode.NotFound, $"Component not found: {A}");
        await client.PostProblemAsync(ServiceReleasePath, ReservationKeys(grants), HttpStatusCode.NotFound, $"Component not found: {A}");
        await client.PostProblemAsync(RemovePath, Ids([A]), HttpStatusCode.NotFound, $"Component not found: {A}");
        Assert.Equal([A], Succeeded(await client.PostOkAsync(LockPath, Ids([A]))));
    }

    [Fact]
    public async Task Held_UntilTheLastMicrosecondBeforeExpiry()
    {
        await using var host = new ClockedSmdHost(Smd);
        var grants = await host.Client.ReserveForServiceAsync(1, A);

        host.Clock.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(10));

        Assert.Single((await host.Client.PostOkAsync(CheckPath, DeputyKeys(grants))).GetProperty("Success").EnumerateArray());
        Assert.Equal($"{A} - reserved -", await host.Client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Expired_CanBeTakenByTheNextReserver_AndTheOldKeysNoLongerWork()
    {
        await using var host = new ClockedSmdHost(Smd);
        var first = await host.Client.ReserveForServiceAsync(1, A, B);
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        var second = await host.Client.ReserveForServiceAsync(3, A, B);

        Assert.Equal(Rfc3339.Format(Rfc3339.ToMicroseconds(host.Clock.GetUtcNow()).AddMinutes(3)), second[0].ExpirationTime);
        Assert.Equal([$"{A}:NotFound", $"{B}:NotFound"], Failures(await host.Client.PostOkAsync(CheckPath, DeputyKeys(first))));
        await host.Client.PostProblemAsync(ServiceReleasePath, ReservationKeys(first), HttpStatusCode.NotFound);
        Assert.Equal([A, B], Succeeded(await host.Client.PostOkAsync(ServiceReleasePath, ReservationKeys(second))));
    }

    [Fact]
    public async Task Renew_BeforeExpiry_MovesTheExpiryToNowPlusTheDuration()
    {
        await using var host = new ClockedSmdHost(Smd);
        var grants = await host.Client.ReserveForServiceAsync(1, A, B);
        host.Clock.Advance(TimeSpan.FromSeconds(50));
        var renewedAt = Rfc3339.ToMicroseconds(host.Clock.GetUtcNow());

        var result = await host.Client.PostOkAsync(RenewPath, ReservationKeys(grants, minutes: 2));

        Assert.Equal([A, B], Succeeded(result));
        var held = await host.Client.PostOkAsync(CheckPath, DeputyKeys(grants));
        Assert.All(held.GetProperty("Success").EnumerateArray(), h => Assert.Equal(Rfc3339.Format(renewedAt.AddMinutes(2)), h.Str("ExpirationTime")));
        host.Clock.Advance(TimeSpan.FromSeconds(70)); // past the first expiry, before the renewed one
        Assert.Equal($"{A} - reserved -", await host.Client.FlagsOfAsync(A));
        host.Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal($"{A} - - -", await host.Client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Sweep_DeletesOnlyExpiredServiceReservations()
    {
        await using var host = new ClockedSmdHost(Smd);
        await host.Client.ReserveAsAdminAsync(A);
        await host.Client.ReserveForServiceAsync(1, B);
        await host.Client.ReserveForServiceAsync(5, C);
        host.Clock.Advance(TimeSpan.FromMinutes(2));

        var swept = await host.Services.GetRequiredService<ReservationSweeper>().SweepAsync(Ct);

        Assert.Equal(1, swept);
        Assert.Equal(2, await StoredReservationsAsync());
        Assert.Equal(0, await Smd.QueryScalarAsync<long>($"SELECT count(*) FROM smd.reservations WHERE component_id = '{B}'"));
        Assert.Equal($"{A} locked reserved -", await host.Client.FlagsOfAsync(A));
        Assert.Equal($"{C} - reserved -", await host.Client.FlagsOfAsync(C));
    }

    [Fact]
    public async Task Sweeper_InTheBackground_DeletesExpiredRows()
    {
        await using var host = new ClockedSmdHost(Smd, null, ("Smd:Reservations:SweepInterval", "00:00:00.050"));
        await host.Client.ReserveForServiceAsync(1, A, B);
        Assert.Equal(2, await StoredReservationsAsync());

        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await StoredReservationsAsync() > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(0, await StoredReservationsAsync());
    }
}
