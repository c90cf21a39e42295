using Microsoft.Extensions.DependencyInjection;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary><see cref="ChangeFeed.AppendAsync"/>, the hook for kinds the triggers do not record (groups, memberships).</summary>
public sealed class ChangeFeedAppendTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Append_InTheWritingTransaction_IsNumberedWithTheOtherChanges()
    {
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(Comp("x3000c0s1b0n0"));

        await InTransactionAsync(async (feed, ct) =>
        {
            await feed.AppendAsync("Group", ChangeOperations.Updated, [("blue", ["Members"], new { label = "blue", members = new { ids = new[] { "x3000c0s1b0n0" } } })], ct);
            await feed.AppendAsync<object>("Group", ChangeOperations.Deleted, [("red", null, null)], ct);
            return 0;
        });
        var changes = await client.ReadAllAsync();

        Assert.Equal(["Component Created x3000c0s1b0n0", "Group Updated blue Members", "Group Deleted red"], changes.Select(ChangeFeedRequests.Describe));
        Assert.Equal("""{"label":"blue","members":{"ids":["x3000c0s1b0n0"]}}""", changes[1].GetProperty("Data").GetRawText());
        Assert.Equal(changes[1].GetProperty("Timestamp").GetString(), changes[2].GetProperty("Timestamp").GetString());
    }

    [Fact]
    public async Task Append_InARolledBackTransaction_LeavesNoChangeAndNoGap()
    {
        using var client = Smd.CreateClient();

        await InTransactionAsync(async (feed, ct) =>
        {
            await feed.AppendAsync("Group", ChangeOperations.Created, [("blue", null, new { label = "blue" })], ct);
            return Problem.Conflict("changed my mind");
        });
        await client.PostComponentsAsync(Comp("x3000c0s1b0n0"));

        Assert.Equal(["Component Created x3000c0s1b0n0"], (await client.ReadAllAsync()).Select(ChangeFeedRequests.Describe));
    }

    private async Task InTransactionAsync(Func<ChangeFeed, CancellationToken, Task<Outcome<int>>> work)
    {
        using var scope = Smd.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SmdDbContext>();
        var feed = scope.ServiceProvider.GetRequiredService<ChangeFeed>();
        await db.InTransactionAsync(ct => work(feed, ct), Ct);
    }
}
