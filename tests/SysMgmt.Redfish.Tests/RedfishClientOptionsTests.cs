using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SysMgmt.Redfish.Tests;

public sealed class RedfishClientOptionsTests
{
    [Fact]
    public void Validate_InsecureWithMissingCaBundle_ReportsEveryProblem()
    {
        var options = new RedfishClientOptions { Insecure = true, CaBundlePath = "/nonexistent/ca.pem", MaxRetries = -1 };

        var result = new RedfishClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void AddRedfishClient_Configuration_BindsTheRedfishSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redfish:Authentication"] = "Basic",
            ["Redfish:Insecure"] = "true",
            ["Redfish:RequestTimeout"] = "00:00:03",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRedfishClient().BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<RedfishClientOptions>>().Value;

        Assert.Equal((RedfishAuthMode.Basic, true, TimeSpan.FromSeconds(3)), (options.Authentication, options.Insecure, options.RequestTimeout));
        Assert.NotNull(services.GetRequiredService<RedfishClientFactory>());
    }

    [Fact]
    public void AddRedfishClient_ContradictoryTlsSettings_FailsValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redfish:Insecure"] = "true",
            ["Redfish:CaBundlePath"] = "/nonexistent/ca.pem",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRedfishClient().BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RedfishClientOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("contradict", StringComparison.Ordinal));
    }
}
