using SysMgmt.Testing;
using YamlDotNet.RepresentationModel;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>docker-compose.yml, read as YAML: its services and the parts of each that the tests cross-check.</summary>
internal sealed class ComposeFile
{
    private readonly YamlMappingNode _services;

    private ComposeFile(YamlMappingNode services) => _services = services;

    public static string PathInRepository => Path.Combine(RepositoryPaths.Root, "docker-compose.yml");

    public static ComposeFile Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(PathInRepository))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        return new ComposeFile((YamlMappingNode)root.Children[new YamlScalarNode("services")]);
    }

    public IEnumerable<string> ServiceNames => _services.Children.Keys.Select(key => ((YamlScalarNode)key).Value!);

    public YamlMappingNode Service(string name) =>
        (YamlMappingNode)_services.Children[new YamlScalarNode(name)];

    /// <summary>The service's environment: its env_file files (in order), then its environment: mapping.</summary>
    public Dictionary<string, string> Environment(string service)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Strings(service, "env_file"))
        {
            foreach (var (name, value) in KeyValueFile.Read(Path.Combine(RepositoryPaths.Root, file)))
            {
                environment[name] = value;
            }
        }

        if (Service(service).Children.TryGetValue(new YamlScalarNode("environment"), out var mapping))
        {
            foreach (var (name, value) in ((YamlMappingNode)mapping).Children)
            {
                environment[((YamlScalarNode)name).Value!] = ((YamlScalarNode)value).Value!;
            }
        }

        return environment;
    }

    /// <summary>A list-valued setting of a service (ports, volumes, env_file), empty when absent.</summary>
    public IReadOnlyList<string> Strings(string service, string key) =>
        Service(service).Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? [.. ((YamlSequenceNode)node).Children.Select(item => ((YamlScalarNode)item).Value!)]
            : [];

    /// <summary>A scalar at a path of mapping keys under the service (e.g. build, dockerfile), or null.</summary>
    public string? Scalar(string service, params string[] path)
    {
        YamlNode node = Service(service);
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return (node as YamlScalarNode)?.Value;
    }

    /// <summary>The container ports a service publishes ("host-address:host-port:container-port").</summary>
    public IReadOnlyList<int> PublishedContainerPorts(string service) =>
        [.. Strings(service, "ports").Select(port => int.Parse(port.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture))];
}
