namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>A systemd unit file's settings by section, each key with every value it was given (in order).</summary>
internal sealed class SystemdUnit
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _sections = new(StringComparer.Ordinal);

    private SystemdUnit(string path) => Path = path;

    public string Path { get; }

    public static SystemdUnit Load(string path)
    {
        var unit = new SystemdUnit(path);
        Dictionary<string, List<string>>? section = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = unit._sections[line[1..^1]] = new(StringComparer.Ordinal);
                continue;
            }

            var equals = line.IndexOf('=');
            Assert.True(section is not null && equals > 0, $"{path}: a setting outside a section or without '=': {line}");
            var key = line[..equals];
            if (!section.TryGetValue(key, out var values))
            {
                section[key] = values = [];
            }

            values.Add(line[(equals + 1)..]);
        }

        return unit;
    }

    /// <summary>Every value of <paramref name="key"/> in [Service].</summary>
    public IReadOnlyList<string> All(string key) =>
        _sections.GetValueOrDefault("Service")?.GetValueOrDefault(key) ?? [];

    /// <summary>The one value of <paramref name="key"/> in [Service]; fails the test when there is not exactly one.</summary>
    public string Single(string key)
    {
        var values = All(key);
        Assert.True(values.Count == 1, $"{Path}: expected one {key}=, found {values.Count}");
        return values[0];
    }

    /// <summary>
    /// The environment the unit gives its command: EnvironmentFile= (resolved by <paramref name="resolveFile"/>), then
    /// Environment= lines, with the credentials specifier <c>%d</c> expanded to <paramref name="credentialsDirectory"/>.
    /// </summary>
    public Dictionary<string, string> Environment(Func<string, string> resolveFile, string credentialsDirectory)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in All("EnvironmentFile"))
        {
            foreach (var (name, value) in KeyValueFile.Read(resolveFile(file)))
            {
                environment[name] = value;
            }
        }

        foreach (var assignment in All("Environment"))
        {
            var equals = assignment.IndexOf('=');
            environment[assignment[..equals]] = assignment[(equals + 1)..].Replace("%d", credentialsDirectory, StringComparison.Ordinal);
        }

        return environment;
    }
}
