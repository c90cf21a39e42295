namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>What <c>ComputerSystem.Reset</c> does to <c>PowerState</c>.</summary>
internal static class PowerStates
{
    public const string On = "On";
    public const string Off = "Off";

    /// <summary>The power state after <paramref name="resetType"/>; the current one for types that do not change it.</summary>
    public static string After(string resetType, string current) => resetType switch
    {
        "On" or "ForceOn" or "GracefulRestart" or "ForceRestart" or "PowerCycle" or "Nmi" => On,
        "ForceOff" or "GracefulShutdown" => Off,
        "PushPowerButton" => current == On ? Off : On,
        _ => current,
    };

    /// <summary>The reset types of the Redfish schema, for mockups that list none.</summary>
    public static IReadOnlyList<string> SchemaResetTypes { get; } =
        ["On", "ForceOff", "GracefulShutdown", "GracefulRestart", "ForceRestart", "Nmi", "ForceOn", "PushPowerButton", "PowerCycle", "Suspend", "Pause", "Resume"];
}
