using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Naming;

namespace SysMgmt.Discovery.Tests.Naming;

public sealed class GeneratedXnamesTests
{
    [Theory]
    [InlineData("10.254.1.23", false, "x4064c0s34b7")]
    [InlineData("10.254.1.23", true, "x34c7b0")]
    [InlineData("127.0.0.1", false, "x4096c0s0b1")]
    [InlineData("172.16.0.104", false, "x256c0s13b0")]
    [InlineData("0.0.0.0", false, "x0c0s0b0")]
    [InlineData("255.255.255.255", false, "x8191c7s63b7")]
    public void TryGenerate_IPv4_GivesTheDocumentedXname(string address, bool chassisController, string expected)
    {
        Assert.True(GeneratedXnames.TryGenerate(address, chassisController, out var xname, out var error), error);

        Assert.Equal(expected, xname.Value);
        Assert.Equal(chassisController ? XnameType.ChassisBMC : XnameType.NodeBMC, xname.Type);
    }

    [Fact]
    public void TryGenerate_EveryAddressOfASlash16_GivesDistinctXnamesAndDistinctDefaultNids()
    {
        var xnames = new HashSet<string>(StringComparer.Ordinal);
        var nids = new HashSet<long>();
        for (var i = 0; i < 65536; i++)
        {
            Assert.True(GeneratedXnames.TryGenerate($"10.20.{i >> 8}.{i & 255}", false, out var bmc, out _));
            Assert.True(xnames.Add(bmc.Value), $"{bmc} twice");
            for (var node = 0; node < 4; node++)
            {
                Assert.True(nids.Add(NodeNumbering.DefaultNid(Xname.Parse($"{bmc.Value}n{node}"))!.Value), $"{bmc}n{node} shares a NID");
            }
        }
    }

    [Fact]
    public void TryGenerate_EveryAddressOfASlash16_GivesDistinctChassisControllerXnames()
    {
        var xnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 65536; i++)
        {
            Assert.True(GeneratedXnames.TryGenerate($"10.20.{i >> 8}.{i & 255}", true, out var controller, out _));
            Assert.True(xnames.Add(controller.Value), $"{controller} twice");
        }
    }

    [Fact]
    public void TryGenerate_ThirdOctetMatters_UnlikeMagellan()
    {
        GeneratedXnames.TryGenerate("10.0.1.5", false, out var first, out _);
        GeneratedXnames.TryGenerate("10.0.2.5", false, out var second, out _);

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("::1")]
    [InlineData("bmc1.example.com")]
    public void TryGenerate_NotIPv4_SaysToUseTheMap(string host)
    {
        Assert.False(GeneratedXnames.TryGenerate(host, false, out _, out var error));

        Assert.Contains("--bmc-id-map", error, StringComparison.Ordinal);
    }
}
