using System.Net;
using System.Text.Json;
using SysMgmt.Testing.Http;

namespace SysMgmt.Bss.IntegrationTests.Infrastructure;

/// <summary>The requests tests repeat: putting nodes into SMD, boot parameters into BSS, and asking for scripts.</summary>
internal static class StackRequests
{
    public const string BootParametersPath = "/boot/v1/bootparameters";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Adds a node to SMD (component and one Ethernet interface per MAC; the IPs go on the first).</summary>
    public static async Task AddNodeAsync(this BssStack stack, string xname, long nid, string role, string[] macs, string[]? ips = null, string? subRole = null, bool enabled = true)
    {
        using var smd = stack.SmdClient();
        var component = new Dictionary<string, object> { ["ID"] = xname, ["State"] = "Ready", ["Role"] = role, ["NID"] = nid };
        if (subRole is not null)
        {
            component["SubRole"] = subRole;
        }

        await Expect(await smd.PostJsonAsync("/hsm/v2/State/Components", JsonSerializer.Serialize(new { Components = new[] { component } }), Ct), HttpStatusCode.NoContent);
        if (!enabled)
        {
            await Expect(await smd.PatchJsonAsync($"/hsm/v2/State/Components/{xname}/Enabled", """{"Enabled":false}""", Ct), HttpStatusCode.NoContent);
        }

        for (var i = 0; i < macs.Length; i++)
        {
            var addresses = i == 0 ? (ips ?? []).Select(ip => new { IPAddress = ip }).ToArray() : [];
            var body = JsonSerializer.Serialize(new { MACAddress = macs[i], ComponentID = xname, IPAddresses = addresses });
            await Expect(await smd.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces", body, Ct), HttpStatusCode.Created);
        }
    }

    /// <summary>Makes BSS read SMD now (<c>POST /boot/v1/hosts</c>).</summary>
    public static async Task RefreshAsync(this BssStack stack)
    {
        using var bss = stack.BssClient();
        await Expect(await bss.PostAsync("/boot/v1/hosts", null, Ct), HttpStatusCode.NoContent);
    }

    /// <summary>Waits until BSS follows SMD's inventory stream (its readiness says so).</summary>
    public static Task WaitUntilFollowingAsync(this BssStack stack) =>
        EventuallyAsync(async () => (await stack.NodeIndexHealthAsync()).StartsWith("following", StringComparison.Ordinal),
            "BSS follows SMD's inventory stream", TimeSpan.FromSeconds(30));

    /// <summary>What BSS's readiness says of its node index.</summary>
    public static async Task<string> NodeIndexHealthAsync(this BssStack stack)
    {
        using var anonymous = stack.BssClient(scope: null);
        using var ready = await anonymous.GetAsync("/readyz", Ct);
        return (await ready.ReadJsonAsync(Ct)).GetProperty("checks").GetProperty("smd-node-index").GetProperty("description").GetString() ?? "";
    }

    /// <summary>Waits until the boot script for <paramref name="query"/> contains <paramref name="expected"/>, and returns it.</summary>
    public static async Task<string> EventuallyScriptAsync(this HttpClient bss, string query, string expected)
    {
        var script = "";
        await EventuallyAsync(async () =>
        {
            using var response = await bss.GetScriptAsync(query);
            script = await response.Content.ReadAsStringAsync(Ct);
            return response.IsSuccessStatusCode && script.Contains(expected, StringComparison.Ordinal);
        }, $"the script for {query} contains '{expected}'");
        return script;
    }

    /// <summary>PUTs boot parameters and returns the referral token BSS answered with.</summary>
    public static async Task<string> PutParametersAsync(this HttpClient bss, string json)
    {
        using var response = await bss.PutJsonAsync(BootParametersPath, json, Ct);
        await Expect(response, HttpStatusCode.OK);
        return response.Headers.GetValues("BSS-Referral-Token").Single();
    }

    public static Task<HttpResponseMessage> GetScriptAsync(this HttpClient bss, string query) =>
        bss.GetAsync("/boot/v1/bootscript?" + query, Ct);

    /// <summary>The boot script, asserting a 200 text/plain answer.</summary>
    public static async Task<string> ScriptAsync(this HttpClient bss, string query)
    {
        using var response = await bss.GetScriptAsync(query);
        await Expect(response, HttpStatusCode.OK);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>The items of <c>GET /boot/v1/bootparameters?{query}</c>, asserting a 200.</summary>
    public static async Task<JsonElement[]> GetParametersAsync(this HttpClient bss, string query = "")
    {
        using var response = await bss.GetAsync(query.Length == 0 ? BootParametersPath : $"{BootParametersPath}?{query}", Ct);
        await Expect(response, HttpStatusCode.OK);
        return [.. (await response.ReadJsonAsync(Ct)).EnumerateArray()];
    }

    /// <summary>Retries <paramref name="check"/> until it holds (changes that travel between replicas or to the database).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> check, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!await check())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(50, Ct);
        }
    }

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected} but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
    }
}
