using Microsoft.AspNetCore.Builder;
using SysMgmt.ServiceDefaults.Hosting;
using SysMgmt.Testing.Files;

namespace SysMgmt.ServiceDefaults.Tests.Hosting;

/// <summary>
/// A service's settings, later winning: compiled-in defaults (this test assembly embeds Hosting/appsettings.json as
/// a service does), the <c>--config</c> file, environment variables, flags.
/// </summary>
public sealed class ServiceSettingsSourcesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public void CompiledInDefaults_AreReadWithoutAnyFile()
    {
        var configuration = Build([]);
        Assert.Equal("defaults", configuration["Sample:FromDefaults"]);
        Assert.Equal("defaults", configuration["Sample:Overridden"]);
    }

    [Fact]
    public void ConfigFile_OverridesTheDefaults_AndFlagsOverrideTheFile()
    {
        var file = _directory.File("site.json");
        File.WriteAllText(file, """{ "Sample": { "Overridden": "file", "FromFile": "file" } }""");

        var fromFile = Build(["--config", file]);
        Assert.Equal(("defaults", "file", "file"), (fromFile["Sample:FromDefaults"], fromFile["Sample:Overridden"], fromFile["Sample:FromFile"]));

        var flagged = Build(["--config", file, "--Sample:Overridden=flag"]);
        Assert.Equal("flag", flagged["Sample:Overridden"]);
    }

    [Fact]
    public void EnvironmentVariables_OverrideTheConfigFile()
    {
        var file = _directory.File("site.json");
        File.WriteAllText(file, """{ "Sample": { "FromEnvironment": "file" } }""");
        Environment.SetEnvironmentVariable("Sample__FromEnvironment", "environment");
        try
        {
            Assert.Equal("environment", Build(["--config", file])["Sample:FromEnvironment"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Sample__FromEnvironment", null);
        }
    }

    [Fact]
    public void MissingConfigFile_IsAConfigurationError_NamingIt()
    {
        var missing = _directory.File("absent.json");
        var error = Assert.Throws<ConfigurationFileNotFoundException>(() => Build(["--config", missing]));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static Microsoft.Extensions.Configuration.ConfigurationManager Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        ServiceSettingsSources.Add(builder.Configuration, typeof(ServiceSettingsSourcesTests).Assembly);
        return builder.Configuration;
    }
}
