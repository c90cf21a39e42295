using System.Collections.Frozen;
using System.Text.Json;

namespace SysMgmt.RedfishEmulator.Mockups;

/// <summary>
/// A tall-form Redfish mockup (<c>&lt;dir&gt;/redfish/v1/index.json</c> is the ServiceRoot), parsed once and shared by
/// every BMC that serves it: per-BMC identity and state are applied while responses are written.
/// </summary>
public sealed class MockupTree
{
    /// <summary>The ServiceRoot path.</summary>
    public const string RootPath = "/redfish/v1";

    private const string IndexFile = "index.json";
    private const string MetadataPath = RootPath + "/$metadata";

    private readonly FrozenDictionary<string, MockupResource> _resources;
    private readonly FrozenDictionary<string, byte[]> _rawFiles;

    private MockupTree(string directory, FrozenDictionary<string, MockupResource> resources, FrozenDictionary<string, byte[]> rawFiles)
    {
        Directory = directory;
        Name = System.IO.Path.GetFileName(directory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        _resources = resources;
        _rawFiles = rawFiles;
        Macs = MacTable.Collect(resources.Values);
        ServiceNic = ServiceNic.Find(resources);
    }

    /// <summary>The directory the mockup was read from.</summary>
    public string Directory { get; }

    /// <summary>The directory's name, e.g. <c>dmtf-public-rackmount1</c>.</summary>
    public string Name { get; }

    public int ResourceCount => _resources.Count;

    /// <summary>Every distinct MAC address in the mockup, so that each BMC can get its own.</summary>
    public MacTable Macs { get; }

    /// <summary>The manager NIC whose IPv4 address each BMC replaces with its own, or null when the mockup has none.</summary>
    public ServiceNic? ServiceNic { get; }

    public IEnumerable<MockupResource> Resources => _resources.Values;

    public bool TryGetResource(string path, out MockupResource resource) => _resources.TryGetValue(path, out resource!);

    /// <summary>Files served verbatim: <c>$metadata</c> (XML) and registry files such as <c>Base.1.5.0.json</c>.</summary>
    public bool TryGetRawFile(string path, out byte[] content) => _rawFiles.TryGetValue(path, out content!);

    /// <summary>Reads every resource of the mockup in <paramref name="directory"/>.</summary>
    /// <exception cref="MockupException">The directory is not a readable tall-form mockup.</exception>
    public static MockupTree Load(string directory)
    {
        var fullPath = System.IO.Path.GetFullPath(directory);
        var root = System.IO.Path.Combine(fullPath, "redfish", "v1");
        if (!File.Exists(System.IO.Path.Combine(root, IndexFile)))
        {
            throw new MockupException(
                $"'{directory}' is not a tall-form Redfish mockup: {System.IO.Path.Combine(root, IndexFile)} does not exist");
        }

        var resources = new Dictionary<string, MockupResource>(StringComparer.Ordinal);
        var rawFiles = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            if (System.IO.Path.GetFileName(file) == IndexFile)
            {
                var path = UriPath(System.IO.Path.GetDirectoryName(relative)!);
                resources[path] = new MockupResource(path, Parse(file));
            }
            else if (relative == "$metadata/index.xml")
            {
                rawFiles[MetadataPath] = File.ReadAllBytes(file);
            }
            else if (relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                rawFiles[$"{RootPath}/{relative}"] = File.ReadAllBytes(file);
            }
        }

        return new MockupTree(fullPath, resources.ToFrozenDictionary(StringComparer.Ordinal), rawFiles.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static string UriPath(string relativeDirectory) =>
        relativeDirectory.Length == 0 ? RootPath : $"{RootPath}/{relativeDirectory.Replace(System.IO.Path.DirectorySeparatorChar, '/')}";

    private static JsonElement Parse(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new MockupException($"{file} is not valid JSON: {exception.Message}", exception);
        }
    }
}
