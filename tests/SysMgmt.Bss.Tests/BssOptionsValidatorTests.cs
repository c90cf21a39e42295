namespace SysMgmt.Bss.Tests;

public sealed class BssOptionsValidatorTests
{
    [Fact]
    public void Validate_GoldenScenario_Succeeds()
    {
        Assert.True(new BssOptionsValidator().Validate(null, Infrastructure.GoldenScenario.Options()).Succeeded);
    }

    [Fact]
    public void Validate_ManyMistakes_ReportsEachOne()
    {
        var options = new BssOptions
        {
            AdvertiseAddress = "10.0.0.1",
            ChainProto = "tftp",
            GatewayUri = "apis/bss",
            RetryDelay = -1,
            BootScript = { MaxRetries = -2 },
            NodeIndex = { RefreshInterval = TimeSpan.Zero, StreamingRefreshInterval = TimeSpan.Zero, CompactAfterNodes = -1 },
            Smd = { Url = "smd:27779", GrpcUrl = "127.0.0.1:27780", Token = "a", TokenFile = "/b" },
            CloudInit = { TrustedProxies = ["10.0.0.0/33"] },
        };

        var failures = new BssOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(12, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Bss:AdvertiseAddress must be the absolute http(s) URL", StringComparison.Ordinal));
        Assert.Contains("Bss:CloudInit:TrustedProxies entry '10.0.0.0/33' is neither an IP address nor a CIDR range", failures);
        Assert.Contains("set at most one of Bss:Smd:Token and Bss:Smd:TokenFile", failures);
        Assert.Contains("Bss:NodeIndex:StreamingRefreshInterval must be positive", failures);
        Assert.Contains(failures, f => f.StartsWith("Bss:Smd:GrpcUrl must be empty (poll SMD) or SMD's absolute http(s) inventory gRPC URL", StringComparison.Ordinal));
    }
}
