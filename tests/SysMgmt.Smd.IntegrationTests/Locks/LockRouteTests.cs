using System.Net;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary><c>/locks/lock</c>, <c>/unlock</c>, <c>/disable</c> and <c>/repair</c>: rigid and flexible, and what each refuses.</summary>
public sealed class LockRouteTests(SmdFixture smd) : LockTestBase(smd)
{
    private const string Bmc = "x3000c0s1b0";

    protected override IEnumerable<Component> SeededComponents() => [.. base.SeededComponents(), Comp(Bmc)];

    [Fact]
    public async Task Lock_UnlockedComponents_LocksThemAndCountsThem()
    {
        using var client = Smd.CreateClient();

        var result = await client.PostOkAsync(LockPath, Ids([B, A]));

        Assert.Equal([A, B], Succeeded(result));
        Assert.Empty(Failures(result));
        Assert.Equal($"{A} locked - -", await client.FlagsOfAsync(A));
        Assert.Equal($"{C} - - -", await client.FlagsOfAsync(C));
        Assert.Equal([A, B], await client.GetIdsAsync("locked=true"));
    }

    [Fact]
    public async Task Lock_ByTypeFilter_LocksEveryComponentOfThatType()
    {
        using var client = Smd.CreateClient();

        var result = await client.PostOkAsync(LockPath, """{"Type":["Node"]}""");

        Assert.Equal([A, B, C, D], Succeeded(result));
        Assert.Equal($"{Bmc} - - -", await client.FlagsOfAsync(Bmc));
    }

    [Fact]
    public async Task Lock_SomeLockedAlreadyRigid_Is409AndLocksNone()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A);

        var detail = await client.PostProblemAsync(LockPath, Ids([A, B]), HttpStatusCode.Conflict);

        Assert.Equal($"Component is Locked: {A}", detail);
        Assert.Equal($"{B} - - -", await client.FlagsOfAsync(B));
    }

    [Fact]
    public async Task Lock_SomeLockedAlreadyFlexible_LocksTheRestAndListsTheLocked()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A);

        var result = await client.PostOkAsync(LockPath, Ids([A, B, C], "flexible"));

        Assert.Equal([B, C], Succeeded(result));
        Assert.Equal([$"{A}:Locked"], Failures(result));
    }

    [Fact]
    public async Task Lock_UnknownComponentRigid_Is404AndLocksNothing()
    {
        using var client = Smd.CreateClient();

        var detail = await client.PostProblemAsync(LockPath, Ids([A, "x3000c0s9b0n0"]), HttpStatusCode.NotFound);

        Assert.Equal("Component not found: x3000c0s9b0n0", detail);
        Assert.Equal($"{A} - - -", await client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Lock_UnknownComponentFlexible_LocksTheOthersAndReportsNotFound()
    {
        using var client = Smd.CreateClient();

        var result = await client.PostOkAsync(LockPath, Ids([A, "x3000c0s9b0n0"], "FLEXIBLE"));

        Assert.Equal([A], Succeeded(result));
        Assert.Equal(["x3000c0s9b0n0:NotFound"], Failures(result));
    }

    [Fact]
    public async Task Lock_FilterMatchingNothing_Is404()
    {
        using var client = Smd.CreateClient();

        await client.PostProblemAsync(LockPath, """{"Type":["CabinetPDU"],"ProcessingModel":"flexible"}""", HttpStatusCode.NotFound, "Component not found");
        await client.PostProblemAsync(LockPath, Ids(["x9c0s0b0n0"], "flexible"), HttpStatusCode.NotFound, "Component not found");
    }

    [Fact]
    public async Task Lock_ReservedComponent_IsRefusedAsReserved()
    {
        using var client = Smd.CreateClient();
        await client.ReserveForServiceAsync(5, A);

        Assert.Equal($"Component is Reserved: {A}", await client.PostProblemAsync(LockPath, Ids([A]), HttpStatusCode.Conflict));
        Assert.Equal([$"{A}:Reserved"], Failures(await client.PostOkAsync(LockPath, Ids([A, B], "flexible"))));
        Assert.Equal($"{A} - reserved -", await client.FlagsOfAsync(A));
    }

    [Fact]
    public async Task Lock_ReservationsDisabled_IsRefusedAsDisabled()
    {
        using var client = Smd.CreateClient();
        await client.PostOkAsync(DisablePath, Ids([A]));

        Assert.Equal($"Component reservations are disabled: {A}", await client.PostProblemAsync(LockPath, Ids([A]), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Unlock_LockedComponents_UnlocksThem()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A, B);

        var result = await client.PostOkAsync(UnlockPath, Ids([A, B]));

        Assert.Equal([A, B], Succeeded(result));
        Assert.Empty(await client.GetIdsAsync("locked=true"));
    }

    [Fact]
    public async Task Unlock_SomeUnlockedRigid_Is409_Flexible_UnlocksTheLocked()
    {
        using var client = Smd.CreateClient();
        await client.LockAsync(A);

        Assert.Equal($"Component is Unlocked: {B}", await client.PostProblemAsync(UnlockPath, Ids([A, B]), HttpStatusCode.Conflict));
        Assert.Equal($"{A} locked - -", await client.FlagsOfAsync(A));

        var result = await client.PostOkAsync(UnlockPath, Ids([A, B], "flexible"));

        Assert.Equal([A], Succeeded(result));
        Assert.Equal([$"{B}:Unlocked"], Failures(result));
    }

    [Fact]
    public async Task Unlock_WhileReservedByAnAdministrator_IsRefusedAsReserved()
    {
        using var client = Smd.CreateClient();
        await client.ReserveAsAdminAsync(A);

        Assert.Equal($"Component is Reserved: {A}", await client.PostProblemAsync(UnlockPath, Ids([A]), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Disable_EndsReservationsKeepsTheLockAndRefusesNewReservations()
    {
        using var client = Smd.CreateClient();
        var admin = await client.ReserveAsAdminAsync(A);
        await client.ReserveForServiceAsync(5, B);

        var result = await client.PostOkAsync(DisablePath, Ids([A, B]));

        Assert.Equal([A, B], Succeeded(result));
        Assert.Equal($"{A} locked - disabled", await client.FlagsOfAsync(A));
        Assert.Equal($"{B} - - disabled", await client.FlagsOfAsync(B));
        Assert.Equal($"Component reservations are disabled: {B}",
            await client.PostProblemAsync(ServiceReservationsPath, Ids([B], minutes: 5), HttpStatusCode.Conflict));
        Assert.Equal([$"{A}:Disabled"], Failures(await client.PostOkAsync(AdminReservationsPath, Ids([A], "flexible"))));
        // The ended reservation's key no longer releases anything.
        await client.PostProblemAsync(AdminReleasePath, ReservationKeys(admin), HttpStatusCode.NotFound);
        Assert.Equal([A, B], await client.GetIdsAsync("reservation_disabled=true"));
    }

    [Fact]
    public async Task Disable_AlreadyDisabled_SucceedsAgain()
    {
        using var client = Smd.CreateClient();
        await client.PostOkAsync(DisablePath, Ids([A]));

        var again = await client.PostOkAsync(DisablePath, Ids([A, B]));

        Assert.Equal([A, B], Succeeded(again));
    }

    [Fact]
    public async Task Repair_DisabledComponents_AllowsReservationsAgain()
    {
        using var client = Smd.CreateClient();
        await client.PostOkAsync(DisablePath, Ids([A, B]));

        var result = await client.PostOkAsync(RepairPath, """{"ComponentIDs":["x3000c0s1b0n0","x3000c0s2b0n0","x3000c0s3b0n0"]}""");

        Assert.Equal([A, B, C], Succeeded(result));
        Assert.Equal($"{A} - - -", await client.FlagsOfAsync(A));
        await client.ReserveForServiceAsync(1, A, B);
    }

    [Fact]
    public async Task Repair_UnknownComponentRigid_Is404()
    {
        using var client = Smd.CreateClient();

        await client.PostProblemAsync(RepairPath, Ids([A, "x3000c0s9b0n0"]), HttpStatusCode.NotFound, "Component not found: x3000c0s9b0n0");
    }

    [Fact]
    public async Task DeleteComponent_WithReservation_DeletesTheReservationToo()
    {
        using var client = Smd.CreateClient();
        await client.ReserveForServiceAsync(5, A);

        (await client.DeleteAsync($"{ComponentsPath}/{A}", Ct)).Dispose();
        await client.PostComponentsAsync(Comp(A));

        Assert.Equal($"{A} - - -", await client.FlagsOfAsync(A));
    }
}
