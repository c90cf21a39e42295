using System.Text.Json;
using SysMgmt.Smd.Changes;
using SysMgmt.Smd.Subscriptions;

namespace SysMgmt.Smd.Tests.Subscriptions;

public sealed class ScnPlannerTests
{
    private static readonly ScnTriggers s_states = new(null, [], [], [], ["Ready", "Off"]);
    private static readonly ScnTriggers s_everything = new(true, ["Service"], ["Worker"], ["AdminDown"], ["Ready", "Off"]);

    [Fact]
    public void Plan_SameReportInARow_IsOneNotification()
    {
        var changes = new[] { StateChange(1, "x1", "Ready"), StateChange(2, "x2", "Ready"), StateChange(3, "x3", "Off") };

        var plan = ScnPlanner.Plan(s_states, ScnCursor.After(0), changes, 3, 100)!;

        Assert.Equal(["x1", "x2"], plan.Notification!.Components);
        Assert.Equal(("Ready", "OK"), (plan.Notification.State, plan.Notification.Flag));
        Assert.Equal(new ScnCursor(2, ScnTrigger.State), plan.Cursor);
    }

    [Fact]
    public void Plan_ChangesNotWanted_AreSkippedWithinARun()
    {
        var changes = new[] { StateChange(1, "x1", "Ready"), StateChange(2, "x2", "On"), StateChange(3, "x3", "Ready") };

        var plan = ScnPlanner.Plan(s_states, ScnCursor.After(0), changes, 3, 100)!;

        Assert.Equal(["x1", "x3"], plan.Notification!.Components);
        Assert.Equal(new ScnCursor(3, ScnTrigger.State), plan.Cursor);
    }

    [Fact]
    public void Plan_NothingWanted_MovesTheCursorThroughWhatWasRead()
    {
        var changes = new[] { StateChange(5, "x1", "On"), Change(6, "x1", "Updated", ["Flag"], """{"ID":"x1","State":"On","Flag":"Alert"}""") };

        var plan = ScnPlanner.Plan(s_states, ScnCursor.After(4), changes, 9, 100)!;

        Assert.Null(plan.Notification);
        Assert.Equal(ScnCursor.After(9), plan.Cursor);
        Assert.Null(ScnPlanner.Plan(s_states, ScnCursor.After(9), [], 9, 100));
    }

    [Fact]
    public void Plan_MaxComponents_SplitsALongRun()
    {
        var changes = Enumerable.Range(1, 5).Select(i => StateChange(i, $"x{i}", "Ready")).ToArray();

        var first = ScnPlanner.Plan(s_states, ScnCursor.After(0), changes, 5, 2)!;
        var second = ScnPlanner.Plan(s_states, first.Cursor, changes, 5, 2)!;

        Assert.Equal(["x1", "x2"], first.Notification!.Components);
        Assert.Equal(["x3", "x4"], second.Notification!.Components);
    }

    [Fact]
    public void Plan_OneChangeWithSeveralReports_ResumesAfterTheOneSent()
    {
        var both = Change(1, "x1", "Updated", ["State", "Role", "Enabled"], """{"ID":"x1","State":"Off","Flag":"OK","Role":"Service","Enabled":false}""");

        var state = ScnPlanner.Plan(s_everything, ScnCursor.After(0), [both], 1, 100)!;
        var role = ScnPlanner.Plan(s_everything, state.Cursor, [both], 1, 100)!;
        var enabled = ScnPlanner.Plan(s_everything, role.Cursor, [both], 1, 100)!;

        Assert.Equal("Off", state.Notification!.State);
        Assert.Equal(("Service", null), (role.Notification!.Role, role.Notification.SubRole));
        Assert.False(enabled.Notification!.Enabled);
        Assert.Equal(0, state.Cursor.ReadSince);
        Assert.Null(ScnPlanner.Plan(s_everything, enabled.Cursor, [both], 1, 100));
    }

    [Fact]
    public void Events_NewComponentReportsItsStateOnly_DeletionNothing()
    {
        var created = Change(1, "x1", "Created", null, """{"ID":"x1","State":"Ready","Flag":"OK","Role":"Compute","Enabled":true}""");
        var deleted = Change(2, "x1", "Deleted", null, null);
        var endpoint = Change(3, "x1b0", "Created", null, """{"ID":"x1b0"}""", ChangeKinds.RedfishEndpoint);

        Assert.Equal([ScnTrigger.State], ScnEvent.From(created).Select(e => e.Position.Trigger));
        Assert.Empty(ScnEvent.From(deleted));
        Assert.Empty(ScnEvent.From(endpoint));
    }

    [Theory]
    [InlineData("Role", "Service", null, true)]
    [InlineData("Role", "Compute", "Worker", true)]
    [InlineData("Role", "Compute", null, false)]
    [InlineData("SoftwareStatus", "admindown", null, true)]
    public void Concerns_RoleOrSubRoleAndSoftwareStatus_MatchIgnoringCase(string field, string value, string? subRole, bool wanted)
    {
        var data = field == "Role"
            ? JsonSerializer.Serialize(new { ID = "x1", Role = value, SubRole = subRole })
            : JsonSerializer.Serialize(new { ID = "x1", SoftwareStatus = value });

        var e = ScnEvent.From(Change(1, "x1", "Updated", [field], data)).Single();

        Assert.Equal(wanted, e.Concerns(s_everything));
    }

    private static Change StateChange(long sequence, string id, string state) =>
        Change(sequence, id, "Updated", ["State"], $$"""{"ID":"{{id}}","State":"{{state}}","Flag":"OK"}""");

    private static Change Change(long sequence, string id, string operation, string[]? fields, string? data, string kind = ChangeKinds.Component) => new()
    {
        Sequence = sequence,
        Kind = kind,
        Operation = operation,
        ID = id,
        Fields = fields,
        Data = data is null ? null : JsonDocument.Parse(data).RootElement.Clone(),
    };
}
