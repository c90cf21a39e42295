namespace SysMgmt.Discovery.Configuration;

/// <summary>
/// Where the discovery agent keeps its files for the user who runs it, after the XDG base directory rules:
/// state (the scan cache) under <c>$XDG_STATE_HOME/sysmgmt</c>, else <c>~/.local/state/sysmgmt</c>; configuration
/// (the secrets file) under <c>$XDG_CONFIG_HOME/sysmgmt</c>, else <c>~/.config/sysmgmt</c>.
/// </summary>
public static class StatePaths
{
    public static string StateDirectory => Under("XDG_STATE_HOME", ".local/state");

    public static string ConfigDirectory => Under("XDG_CONFIG_HOME", ".config");

    private static string Under(string variable, string fallback)
    {
        var baseDirectory = Environment.GetEnvironmentVariable(variable) is { Length: > 0 } configured && Path.IsPathRooted(configured)
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), fallback);
        return Path.Combine(baseDirectory, "sysmgmt");
    }
}
