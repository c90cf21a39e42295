using Microsoft.Extensions.DependencyInjection;
using SysMgmt.ServiceDefaults.Data;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.Data;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Changes;

/// <summary>
/// The two hooks for a new kind of change (groups, memberships): <see cref="ChangeFeed.AppendAsync"/> from C#, and the
/// <c>smd.record_changes</c> trigger function for a table.
/// </summary>
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

    [Fact]
    public async Task RecordChanges_OnANewTable_RecordsItsInsertsUpdatesAndDeletes()
    {
        await Smd.ExecuteSqlAsync(
            """
            CREATE TABLE IF NOT EXISTS public.widgets (label text PRIMARY KEY, size integer NOT NULL);
            CREATE OR REPLACE FUNCTION public.widget_json(w public.widgets) RETURNS json LANGUAGE sql AS
                $$ SELECT json_build_object('label', w.label, 'size', w.size) $$;
            CREATE OR REPLACE TRIGGER widgets_insert AFTER INSERT ON public.widgets REFERENCING NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('Widget', 'public.widget_json', 'label');
            CREATE OR REPLACE TRIGGER widgets_update AFTER UPDATE ON public.widgets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('Widget', 'public.widget_json', 'label');
            CREATE OR REPLACE TRIGGER widgets_delete AFTER DELETE ON public.widgets REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION smd.record_changes('Widget', 'public.widget_json', 'label');
            TRUNCATE public.widgets;
            """);
        using var client = Smd.CreateClient();

        await Smd.ExecuteSqlAsync("INSERT INTO public.widgets VALUES ('a', 1), ('b', 2)");
        await Smd.ExecuteSqlAsync("UPDATE public.widgets SET size = CASE label WHEN 'a' THEN 1 ELSE 3 END");
        await Smd.ExecuteSqlAsync("DELETE FROM public.widgets WHERE label = 'a'");
        var changes = await client.ReadAllAsync();

        Assert.Equal(["Widget Created a", "Widget Created b", "Widget Updated b", "Widget Deleted a"], changes.Select(ChangeFeedRequests.Describe));
        Assert.Equal("""{"label":"b","size":3}""", changes[2].GetProperty("Data").GetRawText());
    }

    private async Task InTransactionAsync(Func<ChangeFeed, CancellationToken, Task<Outcome<int>>> work)
    {
        using var scope = Smd.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SmdDbContext>();
        var feed = scope.ServiceProvider.GetRequiredService<ChangeFeed>();
        await db.InTransactionAsync(ct => work(feed, ct), Ct);
    }
}
