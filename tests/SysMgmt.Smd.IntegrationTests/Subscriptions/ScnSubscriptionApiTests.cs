using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Subscriptions;

/// <summary>Every <c>/hsm/v2/Subscriptions/SCN</c> route: what it stores and answers, its 404s and its 400s.</summary>
public sealed class ScnSubscriptionApiTests(SmdFixture smd) : SmdTestBase(smd)
{
    private const string ScnPath = "/hsm/v2/Subscriptions/SCN";
    private const string Hmnfd = """{"Subscriber":"hmnfd@sms1","Enabled":true,"Roles":["compute"],"States":["ready","On"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""";

    [Fact]
    public async Task Post_ValidSubscription_AnswersItWithIdAndNormalisedTriggers()
    {
        using var client = Smd.CreateClient();

        var created = await PostAsync(client, Hmnfd);

        Assert.True(created.GetProperty("ID").GetInt64() > 0);
        Assert.Equal("""{"Subscriber":"hmnfd@sms1","Enabled":true,"Roles":["Compute"],"States":["Ready","On"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""",
            WithoutId(created));
        Assert.Equal(WithoutId(created), WithoutId(await client.GetJsonAsync($"{ScnPath}/{created.GetProperty("ID").GetInt64()}")));
    }

    [Fact]
    public async Task Post_SameSubscriberAndUrl_UpdatesThatSubscription()
    {
        using var client = Smd.CreateClient();
        var first = await PostAsync(client, Hmnfd);

        var second = await PostAsync(client, """{"Subscriber":"hmnfd@sms1","SoftwareStatus":["AdminDown"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""");

        Assert.Equal(first.GetProperty("ID").GetInt64(), second.GetProperty("ID").GetInt64());
        var list = (await client.GetJsonAsync(ScnPath)).GetProperty("SubscriptionList");
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(["AdminDown"], list[0].GetProperty("SoftwareStatus").EnumerateArray().Select(s => s.GetString()));
        Assert.False(list[0].TryGetProperty("States", out _));
        Assert.False(list[0].TryGetProperty("Enabled", out _));
    }

    [Fact]
    public async Task List_AnswersEverySubscriptionInIdOrder()
    {
        using var client = Smd.CreateClient();
        Assert.Equal(0, (await client.GetJsonAsync(ScnPath)).GetProperty("SubscriptionList").GetArrayLength());
        var a = await PostAsync(client, Hmnfd);
        var b = await PostAsync(client, """{"Subscriber":"other","States":["Off"],"Url":"https://other.local/scn"}""");

        var list = (await client.GetJsonAsync(ScnPath)).GetProperty("SubscriptionList");

        Assert.Equal([a.GetProperty("ID").GetInt64(), b.GetProperty("ID").GetInt64()], list.EnumerateArray().Select(s => s.GetProperty("ID").GetInt64()));
    }

    [Fact]
    public async Task Put_ReplacesTheWholeSubscription()
    {
        using var client = Smd.CreateClient();
        var id = (await PostAsync(client, Hmnfd)).GetProperty("ID").GetInt64();

        using var response = await client.PutJsonAsync($"{ScnPath}/{id}", """{"Subscriber":"renamed","SubRoles":["worker"],"Url":"https://new.local/scn"}""", Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal("""{"Subscriber":"renamed","SubRoles":["Worker"],"Url":"https://new.local/scn"}""", WithoutId(await client.GetJsonAsync($"{ScnPath}/{id}")));
    }

    [Fact]
    public async Task Put_SubscriberAndUrlOfAnother_Is409()
    {
        using var client = Smd.CreateClient();
        await PostAsync(client, Hmnfd);
        var id = (await PostAsync(client, """{"Subscriber":"other","States":["Off"],"Url":"https://other.local/scn"}""")).GetProperty("ID").GetInt64();

        using var response = await client.PutJsonAsync($"{ScnPath}/{id}", Hmnfd, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "another subscription already has Subscriber 'hmnfd@sms1'");
    }

    [Theory]
    [InlineData("""{"Op":"add","States":["Off","Ready"],"Roles":["Service"]}""", """{"Subscriber":"hmnfd@sms1","Enabled":true,"Roles":["Compute","Service"],"States":["Ready","On","Off"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""")]
    [InlineData("""{"Op":"Remove","States":["ready"],"Enabled":true}""", """{"Subscriber":"hmnfd@sms1","Enabled":false,"Roles":["Compute"],"States":["On"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""")]
    [InlineData("""{"Op":"replace","States":["Halt"],"SoftwareStatus":["AdminDown"]}""", """{"Subscriber":"hmnfd@sms1","Enabled":true,"Roles":["Compute"],"SoftwareStatus":["AdminDown"],"States":["Halt"],"Url":"http://hmnfd.local:28600/hmi/v1/scn"}""")]
    public async Task Patch_AddRemoveReplace_ChangeTheTriggers(string patch, string expected)
    {
        using var client = Smd.CreateClient();
        var id = (await PostAsync(client, Hmnfd)).GetProperty("ID").GetInt64();

        using var response = await client.PatchJsonAsync($"{ScnPath}/{id}", patch, Ct);

        await AssertStatusAsync(response, HttpStatusCode.NoContent);
        Assert.Equal(expected, WithoutId(await client.GetJsonAsync($"{ScnPath}/{id}")));
    }

    [Fact]
    public async Task Delete_One_AnswersSubscriptionDeletedAndItIsGone()
    {
        using var client = Smd.CreateClient();
        var id = (await PostAsync(client, Hmnfd)).GetProperty("ID").GetInt64();

        using var response = await client.DeleteAsync($"{ScnPath}/{id}", Ct);

        await AssertStatusAsync(response, HttpStatusCode.OK);
        Assert.Equal("""{"code":0,"message":"Subscription deleted"}""", await response.Content.ReadAsStringAsync(Ct));
        using var gone = await client.GetAsync($"{ScnPath}/{id}", Ct);
        await ProblemAssert.HasProblemAsync(gone, HttpStatusCode.NotFound, "Subscription not found");
    }

    [Fact]
    public async Task Delete_All_CountsWhatItDeleted()
    {
        using var client = Smd.CreateClient();
        await PostAsync(client, Hmnfd);
        await PostAsync(client, """{"Subscriber":"other","States":["Off"],"Url":"https://other.local/scn"}""");

        using var response = await client.DeleteAsync(ScnPath, Ct);

        Assert.Equal("""{"code":0,"message":"2 Subscriptions deleted"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, (await client.GetJsonAsync(ScnPath)).GetProperty("SubscriptionList").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", null)]
    [InlineData("PUT", Hmnfd)]
    [InlineData("PATCH", """{"Op":"add","States":["Off"]}""")]
    [InlineData("DELETE", null)]
    public async Task ById_UnknownSubscription_Is404(string method, string? body)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{ScnPath}/4242", body, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.NotFound, "Subscription not found");
    }

    [Theory]
    [InlineData("GET", "abc")]
    [InlineData("DELETE", "0")]
    [InlineData("PUT", "-3")]
    [InlineData("PATCH", "1.5")]
    public async Task ById_IdNotAPositiveInteger_Is400(string method, string id)
    {
        using var client = Smd.CreateClient();

        using var response = await client.SendJsonAsync(new HttpMethod(method), $"{ScnPath}/{id}", method is "PUT" or "PATCH" ? Hmnfd : null, Ct);

        await ProblemAssert.HasProblemAsync(response, HttpStatusCode.BadRequest, $"Invalid id - {id}");
    }

    [Theory]
    [InlineData("""{"Subscriber":"s","States":"Ready","Url":"http://a.local/scn"}""", "field 'States' has the wrong type")]
    [InlineData("""{"Subscriber":"s","Enabled":"yes","Url":"http://a.local/scn"}""", "field 'Enabled' has the wrong type")]
    [InlineData("""{"Subscriber":7,"States":["Ready"],"Url":"http://a.local/scn"}""", "field 'Subscriber' has the wrong type")]
    [InlineData("""{"States":["Ready"],"Url":"http://a.local/scn"}""", "Missing name of subscriber")]
    [InlineData("""{"Subscriber":"s","States":["Ready"]}""", "Missing url")]
    [InlineData("""{"Subscriber":"s","States":["Ready"],"Url":"ftp://a.local/scn"}""", "is not an absolute http or https URL")]
    [InlineData("""{"Subscriber":"s","States":["Ready"],"Url":"/hmi/v1/scn"}""", "is not an absolute http or https URL")]
    [InlineData("""{"Subscriber":"s","States":["Ready"],"Url":"not a url"}""", "is not an absolute http or https URL")]
    [InlineData("""{"Subscriber":"s","States":["Sleeping"],"Url":"http://a.local/scn"}""", "Invalid state 'Sleeping'")]
    [InlineData("""{"Subscriber":"s","Roles":["Boss"],"Url":"http://a.local/scn"}""", "Invalid role 'Boss'")]
    [InlineData("""{"Subscriber":"s","SubRoles":["Chief"],"Url":"http://a.local/scn"}""", "Invalid subRole 'Chief'")]
    [InlineData("""{"Subscriber":"s","SoftwareStatus":[""],"Url":"http://a.local/scn"}""", "SoftwareStatus can not be an empty string")]
    [InlineData("""{"Subscriber":"s","Enabled":false,"Url":"http://a.local/scn"}""", "Missing trigger")]
    public async Task PostAndPut_InvalidBody_Is400AndStoresNothing(string body, string detail)
    {
        using var client = Smd.CreateClient();
        var id = (await PostAsync(client, Hmnfd)).GetProperty("ID").GetInt64();

        using var post = await client.PostJsonAsync(ScnPath, body, Ct);
        using var put = await client.PutJsonAsync($"{ScnPath}/{id}", body, Ct);

        await ProblemAssert.IsProblemAsync(post, HttpStatusCode.BadRequest, detail);
        await ProblemAssert.IsProblemAsync(put, HttpStatusCode.BadRequest, detail);
        var list = (await client.GetJsonAsync(ScnPath)).GetProperty("SubscriptionList");
        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal("hmnfd@sms1", list[0].Str("Subscriber"));
    }

    [Theory]
    [InlineData("""{"States":["Off"]}""", "Missing Patch Op")]
    [InlineData("""{"Op":"merge","States":["Off"]}""", "Invalid Patch Op - merge")]
    [InlineData("""{"Op":"add"}""", "Missing trigger")]
    [InlineData("""{"Op":"add","States":["Asleep"]}""", "Invalid state 'Asleep'")]
    [InlineData("""{"Op":"add","Roles":"Compute"}""", "field 'Roles' has the wrong type")]
    public async Task Patch_InvalidBody_Is400(string body, string detail)
    {
        using var client = Smd.CreateClient();
        var id = (await PostAsync(client, Hmnfd)).GetProperty("ID").GetInt64();

        using var response = await client.PatchJsonAsync($"{ScnPath}/{id}", body, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Post_WithReadScopeOnly_Is403()
    {
        using var reader = Smd.CreateClient("read");

        using var response = await reader.PostJsonAsync(ScnPath, Hmnfd, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string body)
    {
        using var response = await client.PostJsonAsync(ScnPath, body, Ct);
        await AssertStatusAsync(response, HttpStatusCode.OK);
        return await response.ReadJsonAsync(Ct);
    }

    private static string WithoutId(JsonElement subscription) =>
        "{" + string.Join(",", subscription.EnumerateObject().Where(p => p.Name != "ID").Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")) + "}";
}
