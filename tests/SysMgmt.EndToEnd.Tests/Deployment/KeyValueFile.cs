namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// A file of <c>KEY=value</c> lines with <c>#</c> comments, as systemd's EnvironmentFile= and Compose's env_file read
/// it (neither quotes nor expands in the files we ship).
/// </summary>
internal static class KeyValueFile
{
    public static Dictionary<string, string> Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=');
            Assert.True(equals > 0, $"{path}: not KEY=value: {line}");
            Assert.True(values.TryAdd(line[..equals], line[(equals + 1)..]), $"{path}: {line[..equals]} is set twice");
        }

        return values;
    }
}
