using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.EthernetInterfaces.EthernetInterfaceRequests;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;
using static SysMgmt.Smd.IntegrationTests.RedfishEndpoints.RedfishEndpointRequests;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>
/// Several clients write components, interfaces and endpoints at once (some of them the same components) while a
/// follower reads the feed: the follower never sees a gap or a number out of order, and replaying the feed gives
/// exactly what the collections hold at the end.
/// </summary>
public sealed class ChangeFeedConcurrencyTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const int Writers = 6;
    private const int OperationsPerWriter = 40;
    private static readonly string[] s_shared = [.. Enumerable.Range(0, 8).Select(i => $"x3000c0s0b0n{i}")];
    private static readonly string[] s_states = ["On", "Off", "Ready", "Standby"];

    [Fact]
    public async Task Burst_OfConcurrentWrites_FollowerSeesGapFreeOrderAndReplayMatchesTheDatabase()
    {
        using var seed = Smd.CreateClient();
        await seed.PostComponentsAsync([.. s_shared.Select(id => Comp(id))], force: false);

        using var done = new CancellationTokenSource();
        var follower = FollowAsync(done.Token);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(WriteAsync));
        await done.CancelAsync();
        var followed = await follower;

        using var client = Smd.CreateClient();
        var all = await client.ReadAllAsync(limit: 137);
        Assert.Equal(all.Select(c => c.GetRawText()), followed.Select(c => c.GetRawText()));

        var replayed = Replay(all);
        AssertSame(await client.GetJsonAsync(ComponentsPath), "Components", replayed["Component"]);
        AssertSame(await client.GetJsonAsync(InterfacesPath), null, replayed["EthernetInterface"]);
        AssertSame(await client.GetJsonAsync(EndpointsPath), "RedfishEndpoints", replayed["RedfishEndpoint"], ignore: "Password");
    }

    /// <summary>Polls the feed in small pages until told to stop and caught up, asserting each page continues the last.</summary>
    private async Task<List<JsonElement>> FollowAsync(CancellationToken done)
    {
        using var client = Smd.CreateClient();
        var seen = new List<JsonElement>();
        long since = 0;
        while (true)
        {
            var finished = done.IsCancellationRequested;
            var (latest, changes) = await client.ReadPageAsync(since, 50);
            foreach (var change in changes)
            {
                Assert.Equal(since + 1, change.GetProperty("Sequence").GetInt64());
                since++;
                seen.Add(change);
            }

            if (finished && since == latest)
            {
                return seen;
            }

            if (changes.Length == 0)
            {
                await Task.Delay(5, CancellationToken.None);
            }
        }
    }

    private async Task WriteAsync(int writer)
    {
        using var client = Smd.CreateClient();
        var random = new Random(writer);
        var own = new List<string>();
        var interfaces = new List<string>();
        var endpoints = new List<string>();
        for (var i = 0; i < OperationsPerWriter; i++)
        {
            var shared = s_shared[random.Next(s_shared.Length)];
            var state = s_states[random.Next(s_states.Length)];
            HttpResponseMessage response;
            switch (random.Next(9))
            {
                case 0:
                    var node = $"x{3001 + writer}c0s{i / 8}b0n{i % 8}";
                    own.Add(node);
                    response = await client.PostJsonAsync(ComponentsPath, Json(new { Components = new[] { Comp(node, state) } }), Ct);
                    break;
                case 1:
                    response = await client.PatchJsonAsync($"{ComponentsPath}/{shared}/StateData", $$"""{"State":"{{state}}","Force":true}""", Ct);
                    break;
                case 2:
                    response = await client.PatchJsonAsync($"{ComponentsPath}/BulkRole",
                        Json(new { ComponentIDs = s_shared.Take(1 + random.Next(s_shared.Length)), Role = random.Next(2) == 0 ? "Compute" : "Service" }), Ct);
                    break;
                case 3 when own.Count > 0:
                    response = await client.DeleteAsync($"{ComponentsPath}/{Take(own, random)}", Ct);
                    break;
                case 4:
                    var mac = $"02:00:00:{writer:x2}:{i / 256:x2}:{i % 256:x2}";
                    interfaces.Add(mac.Replace(":", "", StringComparison.Ordinal));
                    response = await client.PostJsonAsync(InterfacesPath, Interface(mac, shared, $"10.{writer}.{i}.1"), Ct);
                    break;
                case 5 when interfaces.Count > 0:
                    response = await client.PostJsonAsync($"{InterfacesPath}/{interfaces[random.Next(interfaces.Count)]}/IPAddresses",
                        $$"""{"IPAddress":"10.{{writer}}.{{i}}.2"}""", Ct);
                    break;
                case 6 when interfaces.Count > 0:
                    response = await client.DeleteAsync($"{InterfacesPath}/{Take(interfaces, random)}", Ct);
                    break;
                case 7:
                    var bmc = $"x{3001 + writer}c1s{i / 8}b{i % 8}";
                    endpoints.Add(bmc);
                    response = await client.PostJsonAsync(EndpointsPath, $$"""{"ID":"{{bmc}}","FQDN":"10.{{100 + writer}}.{{i}}.1","User":"root","Password":"pw"}""", Ct);
                    break;
                case 8 when endpoints.Count > 0:
                    response = random.Next(2) == 0
                        ? await client.PatchJsonAsync($"{EndpointsPath}/{endpoints[random.Next(endpoints.Count)]}", """{"Enabled":false}""", Ct)
                        : await client.DeleteAsync($"{EndpointsPath}/{Take(endpoints, random)}", Ct);
                    break;
                default:
                    response = await client.PatchJsonAsync($"{ComponentsPath}/{shared}/Enabled", $$"""{"Enabled":{{(random.Next(2) == 0 ? "true" : "false")}}}""", Ct);
                    break;
            }

            using (response)
            {
                Assert.True(response.IsSuccessStatusCode, $"writer {writer}, operation {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }
        }
    }

    private static string Take(List<string> ids, Random random)
    {
        var index = random.Next(ids.Count);
        var id = ids[index];
        ids.RemoveAt(index);
        return id;
    }

    /// <summary>Applies the changes as a follower would: Created and Updated store the data, Deleted removes.</summary>
    private static Dictionary<string, Dictionary<string, JsonElement>> Replay(IEnumerable<JsonElement> changes)
    {
        var state = new Dictionary<string, Dictionary<string, JsonElement>>
        {
            ["Component"] = [],
            ["EthernetInterface"] = [],
            ["RedfishEndpoint"] = [],
        };
        foreach (var change in changes)
        {
            var entities = state[change.GetProperty("Kind").GetString()!];
            var id = change.GetProperty("ID").GetString()!;
            if (change.GetProperty("Operation").GetString() == "Deleted")
            {
                Assert.True(entities.Remove(id), $"deleted {id} before it was created");
            }
            else
            {
                entities[id] = change.GetProperty("Data");
            }
        }

        return state;
    }

    private static void AssertSame(JsonElement collection, string? wrapper, Dictionary<string, JsonElement> replayed, string? ignore = null)
    {
        var rows = (wrapper is null ? collection : collection.GetProperty(wrapper)).EnumerateArray().ToList();
        string Text(JsonElement e) => string.Join(",", e.EnumerateObject().Where(p => p.Name != ignore).Select(p => $"{p.Name}={p.Value.GetRawText()}"));
        Assert.Equal(
            rows.Select(r => r.GetProperty("ID").GetString() + " " + Text(r)).Order(StringComparer.Ordinal),
            replayed.Select(r => r.Key + " " + Text(r.Value)).Order(StringComparer.Ordinal));
        Assert.NotEmpty(rows);
    }
}
