using SysMgmt.Smd.Locks;

namespace SysMgmt.Smd.Tests.Locks;

public sealed class LockRulesTests
{
    public static TheoryData<string, bool, bool, bool, string> Cases => new()
    {
        // rule, locked, disabled, reserved → reason ("" = allowed)
        { "Lock", false, false, false, "" },
        { "Lock", true, false, false, "Locked" },
        { "Lock", true, true, true, "Locked" },
        { "Lock", false, true, false, "Disabled" },
        { "Lock", false, false, true, "Reserved" },
        { "Unlock", true, false, false, "" },
        { "Unlock", false, false, false, "Unlocked" },
        { "Unlock", true, true, false, "Disabled" },
        { "Unlock", true, false, true, "Reserved" },
        { "ReserveAsAdmin", true, false, false, "" },
        { "ReserveAsAdmin", false, false, false, "Unlocked" },
        { "ReserveAsAdmin", true, true, false, "Disabled" },
        { "ReserveAsAdmin", false, true, false, "Disabled" },
        { "ReserveAsAdmin", true, false, true, "Reserved" },
        { "ReserveAsService", false, false, false, "" },
        { "ReserveAsService", true, false, false, "Locked" },
        { "ReserveAsService", false, true, false, "Disabled" },
        { "ReserveAsService", false, false, true, "Reserved" },
        { "HasReservation", false, false, true, "" },
        { "HasReservation", true, true, false, "NotFound" },
        { "Always", true, true, true, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_ComponentState_AllowsOrGivesTheAnchorsReason(string rule, bool locked, bool disabled, bool reserved, string expected)
    {
        Func<ComponentLockState, LockFailureReason?> decide = rule switch
        {
            "Lock" => LockRules.Lock,
            "Unlock" => LockRules.Unlock,
            "ReserveAsAdmin" => LockRules.ReserveAsAdmin,
            "ReserveAsService" => LockRules.ReserveAsService,
            "HasReservation" => LockRules.HasReservation,
            _ => LockRules.Always,
        };

        var reason = decide(new ComponentLockState("x1c0s0b0n0", locked, disabled, reserved));

        Assert.Equal(expected, reason?.ToString() ?? "");
    }

    [Fact]
    public void Decide_SortsSuccessesAndFailuresAndAddsTheUnknownAsNotFound()
    {
        ComponentLockState[] components = [new("x2", true, false, false), new("x1", false, false, false), new("x0", true, false, false)];

        var decisions = LockDecisions.Decide(components, ["x9", "x10"], LockRules.Lock);

        Assert.Equal(["x1"], decisions.Succeeded);
        Assert.Equal(["x0:Locked", "x10:NotFound", "x2:Locked", "x9:NotFound"], decisions.Failed.Select(f => $"{f.ID}:{f.Reason}"));
    }

    [Fact]
    public void Refused_OnlyMissing_Is404_AnyWrongState_Is409_WithEachReasonAndItsIds()
    {
        var missing = LockProblems.Refused([new("x1", LockFailureReason.NotFound), new("x2", LockFailureReason.NotFound)]);
        var mixed = LockProblems.Refused([new("x1", LockFailureReason.Locked), new("x2", LockFailureReason.NotFound), new("x3", LockFailureReason.Locked)]);
        var many = LockProblems.Refused([.. Enumerable.Range(0, 8).Select(i => new LockFailure($"x{i}", LockFailureReason.Reserved))]);

        Assert.Equal((404, "Component not found: x1, x2"), (missing.Status, missing.Detail));
        Assert.Equal((409, "Component is Locked: x1, x3; Component not found: x2"), (mixed.Status, mixed.Detail));
        Assert.Equal("Component is Reserved: x0, x1, x2, x3, x4 and 3 more", many.Detail);
    }
}
