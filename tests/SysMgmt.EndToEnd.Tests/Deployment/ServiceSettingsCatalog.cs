using System.Collections;
using System.Reflection;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// The configuration keys a service reads: the properties of its options classes (each declares its section in a
/// <c>SectionName</c> constant) and the host's own settings. Deployment files are checked against it, so that a
/// misspelt or renamed key fails a test instead of being silently ignored by the service.
/// </summary>
internal sealed class ServiceSettingsCatalog
{
    private readonly Dictionary<string, Type> _sections;
    private readonly string[] _hostKeys;

    private ServiceSettingsCatalog(Dictionary<string, Type> sections, string[] hostKeys)
    {
        _sections = sections;
        _hostKeys = hostKeys;
    }

    public static ServiceSettingsCatalog Smd { get; } = For(typeof(SysMgmt.Smd.SmdOptions).Assembly, "ConnectionStrings:Smd");

    public static ServiceSettingsCatalog Bss { get; } = For(typeof(SysMgmt.Bss.BssOptions).Assembly, "ConnectionStrings:Bss");

    /// <summary>Whether the service reads <paramref name="key"/> (<c>A:B</c>, or <c>A__B</c> as in environment variables).</summary>
    public bool Reads(string key)
    {
        key = key.Replace("__", ":", StringComparison.Ordinal);
        if (_hostKeys.Any(host => host.EndsWith(':') ? key.StartsWith(host, StringComparison.OrdinalIgnoreCase) : key.Equals(host, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // The longest declared section that the key falls in, then its properties, path segment by segment.
        var section = _sections.Keys
            .Where(name => key.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(name => name.Length)
            .FirstOrDefault();
        return section is not null && HasPath(_sections[section], key[(section.Length + 1)..].Split(':'));
    }

    private static bool HasPath(Type type, string[] segments)
    {
        foreach (var (segment, i) in segments.Select((segment, i) => (segment, i)))
        {
            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return false;
            }

            type = property.PropertyType;
            if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
            {
                // A list or dictionary: the next segment is an index or a key, whose values this check does not follow.
                return i + 2 >= segments.Length;
            }
        }

        return true;
    }

    private static ServiceSettingsCatalog For(Assembly service, string connectionString)
    {
        var sections = new[] { service, typeof(SysMgmt.ServiceDefaults.Hosting.ServiceHost).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(pair => pair.Field is { IsLiteral: true } && pair.Field.FieldType == typeof(string))
            .ToDictionary(pair => (string)pair.Field!.GetRawConstantValue()!, pair => pair.Type, StringComparer.OrdinalIgnoreCase);
        // The host's settings: ASP.NET Core's listen addresses and Kestrel, the connection string, Serilog's levels.
        return new ServiceSettingsCatalog(sections, ["Urls", connectionString, "Kestrel:", "Serilog:"]);
    }
}
