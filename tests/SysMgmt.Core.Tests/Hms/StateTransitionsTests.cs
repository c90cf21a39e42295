using SysMgmt.Core.Hms;

namespace SysMgmt.Core.Tests.Hms;

public class StateTransitionsTests
{
    private static readonly string[] s_states = ["Unknown", "Empty", "Populated", "Off", "On", "Standby", "Halt", "Ready"];

    /// <summary>smd.md §2.3 / hms-base hmsValidStartStatesMap, written out independently of the implementation.</summary>
    private static readonly Dictionary<string, string[]> s_expectedStartStates = new()
    {
        ["Unknown"] = [],
        ["Empty"] = [],
        ["Populated"] = [],
        ["Off"] = ["Off", "On", "Standby", "Halt", "Ready"],
        ["On"] = ["On", "Off", "Standby", "Halt"],
        ["Standby"] = ["Standby", "Ready"],
        ["Halt"] = ["Halt", "Ready"],
        ["Ready"] = ["Ready", "On", "Off", "Standby", "Halt"],
    };

    /// <summary>Every (current, target) pair of the 8×8 table with the expected unforced outcome.</summary>
    public static TheoryData<string, string, bool> AllPairs { get; } = BuildAllPairs();

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsAllowed_EveryPairWithoutForce_MatchesTable(string current, string target, bool expected)
    {
        Assert.Equal(expected, StateTransitions.IsAllowed(current, target));
    }

    public static TheoryData<string, string> AllPairsWithoutOutcome { get; } =
        [.. AllPairs.Select(row => (row.Data.Item1, row.Data.Item2))];

    [Theory]
    [MemberData(nameof(AllPairsWithoutOutcome))]
    public void IsAllowed_EveryPairWithForce_IsAllowed(string current, string target)
    {
        Assert.True(StateTransitions.IsAllowed(current, target, force: true));
    }

    [Theory]
    [InlineData("Unknown", "")]
    [InlineData("Empty", "")]
    [InlineData("Populated", "")]
    [InlineData("Off", "Off,On,Standby,Halt,Ready")]
    [InlineData("On", "On,Off,Standby,Halt")]
    [InlineData("Standby", "Standby,Ready")]
    [InlineData("Halt", "Halt,Ready")]
    [InlineData("Ready", "Ready,On,Off,Standby,Halt")]
    [InlineData("ready", "Ready,On,Off,Standby,Halt")]
    [InlineData("HALT", "Halt,Ready")]
    public void AllowedStartStates_Target_ReturnsCanonicalList(string target, string expected)
    {
        var expectedStates = expected.Split(',', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expectedStates, StateTransitions.AllowedStartStates(target));
    }

    [Theory]
    [InlineData("Unknown", true)]
    [InlineData("empty", true)]
    [InlineData("Populated", true)]
    [InlineData("Off", false)]
    [InlineData("On", false)]
    [InlineData("Standby", false)]
    [InlineData("Halt", false)]
    [InlineData("Ready", false)]
    public void RequiresForce_Target_TrueOnlyForUnknownEmptyPopulated(string target, bool expected)
    {
        Assert.Equal(expected, StateTransitions.RequiresForce(target));
    }

    [Theory]
    [InlineData("Active")]
    [InlineData("")]
    public void AllowedStartStates_InvalidTarget_Throws(string target)
    {
        var exception = Assert.Throws<ArgumentException>(() => StateTransitions.AllowedStartStates(target));

        Assert.StartsWith($"'{target}' is not a valid State; expected one of Unknown, Empty,", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedStartStates_Result_CannotBeMutatedByCaller()
    {
        var states = StateTransitions.AllowedStartStates("Off");

        Assert.False(states is string[]);
        Assert.IsAssignableFrom<ICollection<string>>(states);
        Assert.True(((ICollection<string>)states).IsReadOnly);
    }

    [Theory]
    [InlineData("off", "READY", true)]
    [InlineData("READY", "standby", true)]
    [InlineData(null, "Off", false)]
    [InlineData("", "Off", false)]
    [InlineData("Active", "Off", false)]
    [InlineData("Off", "Active", false)]
    public void IsAllowed_CaseAndInvalidInput_HandledWithoutThrowing(string? current, string target, bool expected)
    {
        Assert.Equal(expected, StateTransitions.IsAllowed(current, target));
    }

    [Fact]
    public void IsAllowed_InvalidTargetEvenWithForce_ReturnsFalse()
    {
        Assert.False(StateTransitions.IsAllowed("Off", "Active", force: true));
    }

    [Theory]
    [InlineData("Off", null, "Off,On,Standby,Halt,Ready")]
    [InlineData("on", "", "On,Off,Standby,Halt")]
    [InlineData("Ready", "OK", "Ready,On,Off,Standby,Halt")]
    [InlineData("Ready", "Alert", "Ready,On,Off,Standby,Halt")]
    [InlineData("Standby", "Warning", "Standby,Ready")]
    [InlineData("Ready", "Warning", "Ready")]
    [InlineData("ready", "warn", "Ready")]
    public void TryGetRequiredStartStates_Unforced_ReturnsStartStates(string target, string? flag, string expected)
    {
        Assert.True(StateTransitions.TryGetRequiredStartStates(target, flag, force: false, out var startStates, out var error));

        Assert.Equal(expected.Split(','), startStates);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("Empty")]
    [InlineData("Populated")]
    [InlineData("Off")]
    [InlineData("Ready")]
    public void TryGetRequiredStartStates_Forced_HasNoRestriction(string target)
    {
        Assert.True(StateTransitions.TryGetRequiredStartStates(target, "OK", force: true, out var startStates, out var error));

        Assert.Null(startStates);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void TryGetRequiredStartStates_ReadyWarningForced_StillRequiresReady()
    {
        Assert.True(StateTransitions.TryGetRequiredStartStates("Ready", "Warning", force: true, out var startStates, out _));

        Assert.Equal(["Ready"], startStates);
    }

    [Theory]
    [InlineData("Unknown")]
    [InlineData("empty")]
    [InlineData("POPULATED")]
    public void TryGetRequiredStartStates_ForceOnlyTargetUnforced_ReportsNeedForce(string target)
    {
        Assert.False(StateTransitions.TryGetRequiredStartStates(target, null, force: false, out var startStates, out var error));

        Assert.Null(startStates);
        Assert.Equal("operation not allowed and not forced.", error);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Active", false)]
    [InlineData("Active", true)]
    public void TryGetRequiredStartStates_InvalidTarget_ReportsInvalidState(string? target, bool force)
    {
        Assert.False(StateTransitions.TryGetRequiredStartStates(target, null, force, out var startStates, out var error));

        Assert.Null(startStates);
        Assert.StartsWith($"'{target}' is not a valid State", error, StringComparison.Ordinal);
    }

    private static TheoryData<string, string, bool> BuildAllPairs()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var target in s_states)
        {
            foreach (var current in s_states)
            {
                data.Add(current, target, s_expectedStartStates[target].Contains(current));
            }
        }

        return data;
    }
}
