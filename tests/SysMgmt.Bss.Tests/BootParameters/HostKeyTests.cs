using SysMgmt.Bss.BootParameters;

namespace SysMgmt.Bss.Tests.BootParameters;

public sealed class HostKeyTests
{
    [Theory]
    [InlineData("x0c0s2b0n0", "x0c0s2b0n0", nameof(HostKeyKind.Node))]
    [InlineData(" X0C0S02B0N0 ", "x0c0s2b0n0", nameof(HostKeyKind.Node))]
    [InlineData("00-1E-67-DF-F4-F1", "00:1e:67:df:f4:f1", nameof(HostKeyKind.Mac))]
    [InlineData("nid007", "nid7", nameof(HostKeyKind.Nid))]
    [InlineData("NID12", "nid12", nameof(HostKeyKind.Nid))]
    [InlineData("default", "Default", nameof(HostKeyKind.Default))]
    [InlineData("GLOBAL", "Global", nameof(HostKeyKind.Global))]
    [InlineData("unknown-x86_64", "Unknown-x86_64", nameof(HostKeyKind.Unknown))]
    [InlineData("Unknown-arm64", "Unknown-arm64", nameof(HostKeyKind.Unknown))]
    [InlineData("compute", "Compute", nameof(HostKeyKind.Tag))]
    [InlineData("worker", "Worker", nameof(HostKeyKind.Tag))]
    [InlineData("Gateway", "Gateway", nameof(HostKeyKind.Tag))]
    [InlineData("nid000001.local", "nid000001.local", nameof(HostKeyKind.Tag))]
    public void TryParse_AcceptedKey_GivesCanonicalName(string input, string name, string kind)
    {
        Assert.True(HostKey.TryParse(input, out var key, out var error), error);

        Assert.Equal(new HostKey(name, Enum.Parse<HostKeyKind>(kind)), key);
    }

    [Theory]
    [InlineData("", "a host name is empty")]
    [InlineData("x3000c0s19b1", "'x3000c0s19b1' is a NodeBMC, not a node; boot parameters are for nodes")]
    [InlineData("Unknown-", "'Unknown-' names no architecture: use Unknown-<iPXE buildarch>, e.g. Unknown-x86_64")]
    [InlineData("two words", "'two words' is neither an xname, a MAC address, nid<N>, Default, Global, Unknown-<arch> nor a tag (letters, digits, '.', '_' and '-')")]
    [InlineData("a/b", "'a/b' is neither an xname, a MAC address, nid<N>, Default, Global, Unknown-<arch> nor a tag (letters, digits, '.', '_' and '-')")]
    public void TryParse_InvalidKey_SaysWhy(string input, string expected)
    {
        Assert.False(HostKey.TryParse(input, out _, out var error));

        Assert.Equal(expected, error);
    }
}
