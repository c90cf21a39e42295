namespace SysMgmt.ServiceDefaults.Hosting;

/// <summary>
/// Maps the services' friendly switches onto configuration keys, so that the rest of the code reads options only.
/// </summary>
public static class ServiceCommandLine
{
    private static readonly Dictionary<string, string> s_switches = new(StringComparer.OrdinalIgnoreCase)
    {
        // Auth is never silently off: turning it off takes this explicit, alarming switch.
        ["--insecure-no-auth"] = "--Auth:InsecureNoAuth=true",
    };

    public static string[] Translate(string[] args) =>
        [.. args.Select(arg => s_switches.GetValueOrDefault(arg, arg))];
}
