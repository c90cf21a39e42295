using System.Globalization;

namespace SysMgmt.EndToEnd.Tests;

/// <summary>Processes as Linux's <c>/proc</c> shows them: who descends from whom, and what runs.</summary>
internal static class ProcessTree
{
    /// <summary>Every running process below <paramref name="root"/> (children, their children…).</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var parents = Parents();
        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var pid))
        {
            foreach (var child in parents.Where(p => p.Value == pid).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>The child of <paramref name="parent"/> whose command line contains <paramref name="text"/>, or null.</summary>
    public static int? Child(int parent, string text) =>
        Parents().Where(p => p.Value == parent).Select(p => p.Key)
            .Where(pid => CommandLine(pid).Contains(text, StringComparison.Ordinal))
            .Select(pid => (int?)pid).FirstOrDefault();

    /// <summary>True while <paramref name="pid"/> runs (a zombie, dead but not yet reaped, does not count).</summary>
    public static bool IsRunning(int pid) => Stat(pid) is { } stat && StateOf(stat) != 'Z';

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } stat && StateOf(stat) != 'Z')
            {
                // After "pid (comm) state ": the parent's PID.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        return parents;
    }

    private static char StateOf(string stat) => stat[stat.LastIndexOf(')') + 2];

    private static string? Stat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
