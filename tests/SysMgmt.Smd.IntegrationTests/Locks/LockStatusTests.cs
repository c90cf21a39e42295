using System.Net;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Time;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary><c>GET</c> and <c>POST /locks/status</c>, and the scopes the lock routes need.</summary>
public sealed class LockStatusTests(SmdFixture smd) : LockTestBase(smd)
{
    private const string Free = A;
    private const string Locked = B;
    private const string Reserved = C;
    private const string Disabled = D;
    private const string Bmc = "x3000c0s1b0";

    protected override IEnumerable<Component> SeededComponents() =>
        [Comp(Free), Comp(Locked), Comp(Reserved), Comp(Disabled) with { Role = "Storage" }, Comp(Bmc)];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.LockAsync(Locked);
        await client.ReserveForServiceAsync(5, Reserved);
        await client.PostOkAsync(DisablePath, Ids([Disabled]));
    }

    [Fact]
    public async Task PostStatus_SomeIdsUnknown_ReportsTheOthersAndListsTheUnknown()
    {
        using var client = Smd.CreateClient();

        var status = await client.PostOkAsync(StatusPath, Ids([Locked, "x3000c0s9b0n0", Free]));

        Assert.Equal([$"{Free} - - -", $"{Locked} locked - -"], status.GetProperty("Components").EnumerateArray().Select(Flags));
        Assert.Equal(["x3000c0s9b0n0"], status.GetProperty("NotFound").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task PostStatus_NoneExists_Is404()
    {
        using var client = Smd.CreateClient();

        await client.PostProblemAsync(StatusPath, Ids(["x3000c0s9b0n0"]), HttpStatusCode.NotFound, "Component not found");
    }

    [Fact]
    public async Task PostStatus_Reservations_ShowTheirTimesAndFreeComponentsNone()
    {
        using var client = Smd.CreateClient();
        await client.PostOkAsync(AdminReservationsPath, Ids([Locked]));

        var service = await client.StatusOfAsync(Reserved);
        var admin = await client.StatusOfAsync(Locked);
        var free = await client.StatusOfAsync(Free);

        Assert.Equal(["CreationTime", "ExpirationTime", "ID", "Locked", "ReservationDisabled", "Reserved"], Keys(service));
        Assert.True(Rfc3339.TryParse(service.Str("CreationTime"), out var created));
        Assert.True(Rfc3339.TryParse(service.Str("ExpirationTime"), out var expires));
        Assert.Equal(TimeSpan.FromMinutes(5), expires - created);
        Assert.Equal(["CreationTime", "ID", "Locked", "ReservationDisabled", "Reserved"], Keys(admin));
        Assert.Equal(["ID", "Locked", "ReservationDisabled", "Reserved"], Keys(free));
    }

    [Fact]
    public async Task PostStatus_Filters_SelectLikeTheComponentFilters()
    {
        using var client = Smd.CreateClient();

        var status = await client.PostOkAsync(StatusPath, """{"Type":"Node","Role":["Storage"]}""");

        Assert.Equal([$"{Disabled} - - disabled"], status.GetProperty("Components").EnumerateArray().Select(Flags));
        Assert.Empty(status.GetProperty("NotFound").EnumerateArray());
    }

    [Fact]
    public async Task GetStatus_NoFilter_ListsEveryComponentById()
    {
        using var client = Smd.CreateClient();

        var status = await client.GetJsonAsync(StatusPath);

        Assert.Equal(
            [$"{Bmc} - - -", $"{Free} - - -", $"{Locked} locked - -", $"{Reserved} - reserved -", $"{Disabled} - - disabled"],
            status.GetProperty("Components").EnumerateArray().Select(Flags));
    }

    [Theory]
    [InlineData("locked=true", Locked)]
    [InlineData("reserved=true", Reserved)]
    [InlineData("reservationDisabled=true", Disabled)]
    [InlineData("ReservationDisabled=TRUE&type=Node", Disabled)]
    [InlineData("type=NodeBMC", Bmc)]
    [InlineData("role=storage", Disabled)]
    [InlineData("reserved=false&locked=false&reservationDisabled=false&type=node", Free)]
    public async Task GetStatus_Filter_SelectsThoseComponents(string query, string expected)
    {
        using var client = Smd.CreateClient();

        var status = await client.GetJsonAsync($"{StatusPath}?{query}");

        Assert.Equal([expected], status.GetProperty("Components").EnumerateArray().Select(c => c.Str("ID")));
    }

    [Fact]
    public async Task GetStatus_NothingMatches_IsAnEmptyList()
    {
        using var client = Smd.CreateClient();

        var status = await client.GetJsonAsync($"{StatusPath}?type=CabinetPDU");

        Assert.Empty(status.GetProperty("Components").EnumerateArray());
        Assert.Empty(status.GetProperty("NotFound").EnumerateArray());
    }

    [Theory]
    [InlineData("reserved=maybe", "Reserved 'maybe' is not true or false")]
    [InlineData("locked=2", "locked '2' is not true or false")]
    [InlineData("type=Nodule", "'Nodule' is not a valid HMS Type")]
    [InlineData("state=Sleepy", "'Sleepy' is not a valid HMS State")]
    public async Task GetStatus_InvalidFilter_Is400(string query, string expected)
    {
        using var client = Smd.CreateClient();

        using var response = await client.GetAsync($"{StatusPath}?{query}", Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Scopes_StatusAndCheckNeedRead_ChangesNeedWrite()
    {
        using var reader = Smd.CreateClient("read");
        using var anonymous = Smd.CreateClient(scope: null);
        using var writer = Smd.CreateClient();

        await reader.PostOkAsync(StatusPath, Ids([Free]));
        await reader.PostOkAsync(CheckPath, """{"DeputyKeys":[{"ID":"x3000c0s1b0n0","Key":"x3000c0s1b0n0:dk:00000000-0000-4000-8000-000000000000"}]}""");
        await reader.GetJsonAsync(StatusPath);
        await reader.PostProblemAsync(LockPath, Ids([Free]), HttpStatusCode.Forbidden);
        await reader.PostProblemAsync(ServiceReservationsPath, Ids([Free], minutes: 1), HttpStatusCode.Forbidden);
        await anonymous.PostProblemAsync(StatusPath, Ids([Free]), HttpStatusCode.Unauthorized);
        Assert.Equal($"{Free} - - -", await writer.FlagsOfAsync(Free));
    }
}
