using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Logging;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.Locks.LockRequests;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>
/// Bad lock and reservation requests are 400s that name the problem and change nothing; no answer carries database
/// internals; no reservation key reaches a log.
/// </summary>
public sealed class LockRequestValidationTests(SmdFixture smd) : LockTestBase(smd)
{
    private const string ValidDeputyKey = "x3000c0s1b0n0:dk:00000000-0000-4000-8000-000000000000";
    private const string ValidReservationKey = "x3000c0s1b0n0:rk:00000000-0000-4000-8000-000000000000";

    public static TheoryData<string, string, string> BadSelections => new()
    {
        { LockPath, "{}", "the request selects no components: give ComponentIDs or a filter" },
        { UnlockPath, """{"ProcessingModel":"flexible"}""", "the request selects no components" },
        { DisablePath, """{"ComponentIDs":[]}""", "the request selects no components" },
        { RepairPath, "{}", "the request selects no components" },
        { AdminReservationsPath, "{}", "the request selects no components" },
        { ServiceReservationsPath, """{"ReservationDuration":1}""", "the request selects no components" },
        { LockPath, """{"ComponentIDs":["x3000c0s1b0n0","not-an-xname"]}""", "not-an-xname" },
        { LockPath, """{"ComponentIDs":["x3000c9s0b0n0"]}""", "chassis number 9 is out of range" },
        { LockPath, """{"ComponentIDs":"x3000c0s1b0n0"}""", "field 'ComponentIDs' has the wrong type: expected an array" },
        { LockPath, """{"ComponentIDs":[5]}""", "field 'ComponentIDs[0]' has the wrong type: expected a string" },
        { LockPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ProcessingModel":"sloppy"}""", "Invalid Processing Model: 'sloppy' is not rigid or flexible" },
        { LockPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ProcessingModel":1}""", "field 'ProcessingModel' has the wrong type: expected a string" },
        { LockPath, """{"Type":["Nodule"]}""", "'Nodule' is not a valid HMS Type" },
        { LockPath, """{"State":"Sleepy"}""", "'Sleepy' is not a valid HMS State" },
        { LockPath, """{"Enabled":["maybe"]}""", "enabled 'maybe' is not true or false" },
        { LockPath, """{"NID":["seven"]}""", "nid 'seven' is not a non-negative integer" },
        { LockPath, """{"Group":["Bad Group!"]}""", "'bad group!' is not a valid group name" },
        { StatusPath, """{"Reserved":["perhaps"]}""", "Reserved 'perhaps' is not true or false" },
        { RemovePath, """{"Partition":["p 1"]}""", "is not a valid partition name" },
        { LockPath, """{"ComponentIDs":["x3000c0s1b0n0"]""", "malformed JSON" },
        { LockPath, "", "a JSON object body is required" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"]}""", "ReservationDuration is required: 1 to 15 minutes" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ReservationDuration":0}""", "ReservationDuration 0 is out of range 1-15 (minutes)" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ReservationDuration":16}""", "ReservationDuration 16 is out of range 1-15 (minutes)" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ReservationDuration":-3}""", "ReservationDuration -3 is out of range" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ReservationDuration":"five"}""", "field 'ReservationDuration' has the wrong type: expected an integer" },
        { ServiceReservationsPath, """{"ComponentIDs":["x3000c0s1b0n0"],"ReservationDuration":1.5}""", "field 'ReservationDuration' has the wrong type: expected an integer" },
    };

    [Theory]
    [MemberData(nameof(BadSelections))]
    public async Task Selection_Invalid_Is400NamingTheProblemAndChangesNothing(string path, string json, string expected)
    {
        using var client = Smd.CreateClient();

        await client.PostProblemAsync(path, json, HttpStatusCode.BadRequest, expected);

        Assert.Equal($"{A} - - -", await client.FlagsOfAsync(A));
    }

    public static TheoryData<string, string, string> BadKeys => new()
    {
        { AdminReleasePath, "{}", "ReservationKeys is required" },
        { ServiceReleasePath, """{"ReservationKeys":[]}""", "ReservationKeys is required" },
        { RenewPath, """{"ReservationKeys":null,"ReservationDuration":1}""", "ReservationKeys is required" },
        { CheckPath, "{}", "DeputyKeys is required" },
        { AdminReleasePath, """{"ReservationKeys":[null]}""", "ReservationKeys[0] is null" },
        { AdminReleasePath, """{"ReservationKeys":[{"ID":"x3000c0s1b0n0"}]}""", "ReservationKeys[0].Key is required" },
        { AdminReleasePath, """{"ReservationKeys":[{"Key":"x3000c0s1b0n0:rk:1"}]}""", "ReservationKeys[0].ID: required" },
        { AdminReleasePath, """{"ReservationKeys":[{"ID":"node7","Key":"node7:rk:1"}]}""", "ReservationKeys[0].ID: " },
        { AdminReleasePath, """{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"guess"}]}""", "ReservationKeys[0].Key is not a reservation key of x3000c0s1b0n0" },
        { AdminReleasePath, $$"""{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidDeputyKey}}"}]}""", "ReservationKeys[0].Key is not a reservation key of x3000c0s1b0n0" },
        { CheckPath, $$"""{"DeputyKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidReservationKey}}"}]}""", "DeputyKeys[0].Key is not a deputy key of x3000c0s1b0n0" },
        { AdminReleasePath, $$"""{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidReservationKey}}"},{"ID":"x03000c0s01b0n0","Key":"{{ValidReservationKey}}"}]}""", "ReservationKeys[1].ID x3000c0s1b0n0 is listed more than once" },
        { AdminReleasePath, """{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":7}]}""", "field 'ReservationKeys[0].Key' has the wrong type: expected a string" },
        { AdminReleasePath, """{"ReservationKeys":{"ID":"x3000c0s1b0n0"}}""", "field 'ReservationKeys' has the wrong type: expected an array" },
        { AdminReleasePath, $$"""{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidReservationKey}}"}],"ProcessingModel":"loose"}""", "Invalid Processing Model" },
        { RenewPath, $$"""{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidReservationKey}}"}]}""", "ReservationDuration is required" },
        { RenewPath, $$"""{"ReservationKeys":[{"ID":"x3000c0s1b0n0","Key":"{{ValidReservationKey}}"}],"ReservationDuration":99}""", "ReservationDuration 99 is out of range" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Keys_Invalid_Is400NamingTheEntryAndNeverEchoesAKey(string path, string json, string expected)
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, A);

        var detail = await client.PostProblemAsync(path, json, HttpStatusCode.BadRequest, expected);

        Assert.DoesNotContain(":rk:", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(":dk:", detail, StringComparison.Ordinal);
        Assert.Single((await client.PostOkAsync(CheckPath, DeputyKeys(grants))).GetProperty("Success").EnumerateArray());
    }

    [Fact]
    public async Task Answers_ToConflictsAndBadInput_CarryNoDatabaseInternals()
    {
        using var client = Smd.CreateClient();
        var grants = await client.ReserveForServiceAsync(5, A);
        (string Path, string Json)[] requests =
        [
            (LockPath, Ids([A])), (ServiceReservationsPath, Ids([A], minutes: 5)), (AdminReservationsPath, Ids([A])),
            (LockPath, Ids(["x3000c0s9b0n0"])), (RenewPath, ReservationKeys([grants[0] with { ReservationKey = $"{A}:rk:x" }], minutes: 1)),
            (LockPath, "{"), (LockPath, """{"ComponentIDs":["x3000c0s1b0n0\u0000"]}"""), (CheckPath, """{"DeputyKeys":[{"ID":"x3000c0s1b0n0","Key":"x3000c0s1b0n0:dk:\u0000"}]}"""),
        ];

        foreach (var (path, json) in requests)
        {
            using var response = await client.PostJsonAsync(path, json, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True((int)response.StatusCode < 500, $"{path} {json}: {(int)response.StatusCode} {body}");
            foreach (var internals in new[] { "Npgsql", "SQLSTATE", "23505", "Detail redacted", "Exception", "smd.", "Host=" })
            {
                Assert.DoesNotContain(internals, body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task ReservationKeys_NeverReachTheLogs()
    {
        var sink = new ListLogEventSink();
        await using var logged = new SmdApplicationFactory(SmdSettings.For(Smd.ConnectionString, Smd.Tokens,
            ("Serilog:MinimumLevel", "Verbose"), ("Logging:LogLevel:Default", "Trace")));
        await using var factory = logged.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<ILogEventSink>(sink)));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Smd.Tokens.CreateToken());

        var grants = await client.ReserveForServiceAsync(5, A);
        await client.PostOkAsync(CheckPath, DeputyKeys(grants));
        await client.PostOkAsync(RenewPath, ReservationKeys(grants, minutes: 3));
        await client.PostProblemAsync(RenewPath, ReservationKeys([grants[0] with { ReservationKey = WrongKey(grants[0].ReservationKey) }], minutes: 3), HttpStatusCode.NotFound);
        await client.PostOkAsync(ServiceReleasePath, ReservationKeys(grants));

        var secret = grants[0].ReservationKey.Split(":rk:")[1];
        Assert.NotEmpty(sink.Events);
        Assert.DoesNotContain(sink.Events, e => e.RenderMessage().Contains(secret, StringComparison.Ordinal)
            || e.Properties.Values.Any(v => v.ToString().Contains(secret, StringComparison.Ordinal)));
        Assert.NotEmpty(logged.Logs.Entries);
        Assert.DoesNotContain(logged.Logs.Entries, e => e.Message.Contains(secret, StringComparison.Ordinal));
    }

    /// <summary>The key with its last character changed (a key that already ends in 0 gets a 1, so it never stays right).</summary>
    private static string WrongKey(string key) => key[..^1] + (key[^1] == '0' ? "1" : "0");
}
