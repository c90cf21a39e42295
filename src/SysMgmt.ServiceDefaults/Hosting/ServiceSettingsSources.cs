using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace SysMgmt.ServiceDefaults.Hosting;

/// <summary>Adds a service's compiled-in defaults and the operator's <c>--config</c> file to its configuration.</summary>
public static class ServiceSettingsSources
{
    /// <summary>The embedded resource holding a service's defaults (its appsettings.json).</summary>
    public const string DefaultsResource = "appsettings.json";

    /// <summary>The setting (<c>--config FILE</c>) naming an operator's JSON settings file.</summary>
    public const string ConfigFileKey = "config";

    public static void Add(ConfigurationManager configuration, Assembly service)
    {
        IConfigurationBuilder builder = configuration;
        // Lowest priority: a single-file executable carries its defaults and needs no file beside it.
        builder.Sources.Insert(0, new EmbeddedJsonSource(service, DefaultsResource));
        if (configuration[ConfigFileKey] is not { Length: > 0 } file)
        {
            return;
        }

        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new ConfigurationFileNotFoundException($"--config {file}: there is no such file");
        }

        // Above the defaults and appsettings files, below environment variables and flags.
        var afterFiles = builder.Sources.ToList().FindLastIndex(source => source is FileConfigurationSource or EmbeddedJsonSource) + 1;
        var source = new JsonConfigurationSource { Path = path, Optional = false };
        source.ResolveFileProvider();
        builder.Sources.Insert(afterFiles, source);
    }

    /// <summary>JSON from an embedded resource, opened afresh each time the configuration is rebuilt.</summary>
    private sealed class EmbeddedJsonSource(Assembly assembly, string resource) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) =>
            new JsonStreamConfigurationProvider(new JsonStreamConfigurationSource
            {
                Stream = assembly.GetManifestResourceStream(resource)
                    ?? throw new InvalidOperationException($"{assembly.GetName().Name} embeds no '{resource}' resource"),
            });
    }
}

/// <summary>The file named by <c>--config</c> does not exist.</summary>
public sealed class ConfigurationFileNotFoundException(string message) : Exception(message);
