using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace SysMgmt.Core.Hms;

/// <summary>
/// Which current states a component may leave for a new state without <c>Force</c>
/// (hms-base <c>hmsValidStartStatesMap</c>, applied by SMD's <c>UpdateCompStates</c>).
/// </summary>
/// <remarks>
/// Unknown, Empty and Populated have no allowed start states: only a forced update (or discovery) may set them.
/// On does not list Ready as a start state and Ready lists On, Off, Standby and Halt: that is the hms-base code
/// (kept "if RF events break"), which differs from SMD-DESIGN.md.
/// </remarks>
public static class StateTransitions
{
    /// <summary>hms-base <c>ErrHMSNeedForce</c>; SMD sends it as the 400 detail.</summary>
    public const string NeedForceMessage = "operation not allowed and not forced.";

    private const string Off = "Off";
    private const string On = "On";
    private const string Standby = "Standby";
    private const string Halt = "Halt";
    private const string Ready = "Ready";

    private static readonly ReadOnlyCollection<string> s_readyOnly = new([Ready]);

    // Read-only wrappers, because these lists are handed out to callers.
    private static readonly FrozenDictionary<string, ReadOnlyCollection<string>> s_startStates =
        new Dictionary<string, string[]>
        {
            ["Unknown"] = [],
            ["Empty"] = [],
            ["Populated"] = [],
            [Off] = [Off, On, Standby, Halt, Ready],
            [On] = [On, Off, Standby, Halt],
            [Standby] = [Standby, Ready],
            [Halt] = [Halt, Ready],
            [Ready] = [Ready, On, Off, Standby, Halt],
        }.ToFrozenDictionary(pair => pair.Key, pair => Array.AsReadOnly(pair.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Current states from which <paramref name="targetState"/> (any case) may be set without Force, in canonical
    /// spelling. Empty means Force is required.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="targetState"/> is not an HMS state.</exception>
    public static IReadOnlyCollection<string> AllowedStartStates(string targetState) =>
        s_startStates.TryGetValue(targetState ?? string.Empty, out var states)
            ? states
            : throw new ArgumentException(InvalidStateMessage(targetState), nameof(targetState));

    /// <summary>True when <paramref name="targetState"/> can only be set with Force (Unknown, Empty, Populated).</summary>
    /// <exception cref="ArgumentException"><paramref name="targetState"/> is not an HMS state.</exception>
    public static bool RequiresForce(string targetState) => AllowedStartStates(targetState).Count == 0;

    /// <summary>
    /// Whether a component in <paramref name="current"/> may move to <paramref name="target"/> (both any case).
    /// With <paramref name="force"/> any valid target is allowed. Unknown or missing states are never allowed.
    /// </summary>
    public static bool IsAllowed(string? current, string target, bool force = false)
    {
        if (target is null || !s_startStates.TryGetValue(target, out var states))
        {
            return false;
        }

        if (force)
        {
            return true;
        }

        var canonicalCurrent = HmsEnums.State.Normalize(current);
        return canonicalCurrent is not null && states.Contains(canonicalCurrent);
    }

    /// <summary>
    /// The start-state condition for a set-based update (<c>UPDATE … WHERE state = ANY(@startStates)</c>), as SMD's
    /// <c>UpdateCompStates</c> builds it.
    /// </summary>
    /// <param name="targetState">The requested state, any case.</param>
    /// <param name="targetFlag">The requested flag, any case; null or empty means OK.</param>
    /// <param name="force">The request's Force.</param>
    /// <param name="startStates">
    /// On success, the canonical states a row must currently be in, or null when there is no restriction (forced).
    /// </param>
    /// <param name="error">On failure, why: an invalid state, or <see cref="NeedForceMessage"/>.</param>
    /// <remarks>
    /// <c>State=Ready, Flag=Warning</c> only applies to components already Ready, even when forced, so a late
    /// heartbeat warning cannot bring a node that has since changed state back to Ready.
    /// </remarks>
    public static bool TryGetRequiredStartStates(
        string? targetState, string? targetFlag, bool force, out IReadOnlyList<string>? startStates, out string error)
    {
        startStates = null;
        var state = HmsEnums.State.Normalize(targetState);
        if (state is null)
        {
            error = InvalidStateMessage(targetState);
            return false;
        }

        error = string.Empty;
        if (state == Ready && HmsEnums.Flag.Normalize(targetFlag) == "Warning")
        {
            startStates = s_readyOnly;
            return true;
        }

        if (force)
        {
            return true;
        }

        var allowed = s_startStates[state];
        if (allowed.Count == 0)
        {
            error = NeedForceMessage;
            return false;
        }

        startStates = allowed;
        return true;
    }

    private static string InvalidStateMessage(string? state) =>
        $"'{state}' is not a valid State; expected one of {string.Join(", ", HmsEnums.State.Values)}";
}
