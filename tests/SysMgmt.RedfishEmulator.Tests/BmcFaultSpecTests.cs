using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.RedfishEmulator.Tests;

public sealed class BmcFaultSpecTests
{
    [Fact]
    public void TryParse_SeveralFaults_CombinesThem()
    {
        Assert.True(BmcFaultSpec.TryParse("7:latency=250ms,errors=3,basic-only", out var index, out var faults, out _));

        Assert.Equal(7, index);
        Assert.Equal(new BmcFaults { Latency = TimeSpan.FromMilliseconds(250), ServerErrors = 3, Auth = BmcAuthModes.BasicOnly }, faults);
    }

    [Theory]
    [InlineData("0:refused", nameof(BmcFaults.RefuseConnections))]
    [InlineData("0:hang", nameof(BmcFaults.Hang))]
    [InlineData("0:malformed-json", nameof(BmcFaults.MalformedJson))]
    [InlineData("0:truncated", nameof(BmcFaults.TruncatedBodies))]
    public void TryParse_SwitchFault_SetsIt(string spec, string property)
    {
        Assert.True(BmcFaultSpec.TryParse(spec, out _, out var faults, out _));

        Assert.Equal(true, typeof(BmcFaults).GetProperty(property)!.GetValue(faults));
    }

    [Theory]
    [InlineData("latency=1s")]
    [InlineData("x:hang")]
    [InlineData("0:explode")]
    [InlineData("0:latency=soon")]
    [InlineData("0:errors=0")]
    public void TryParse_Invalid_ExplainsTheSyntax(string spec)
    {
        Assert.False(BmcFaultSpec.TryParse(spec, out _, out _, out var error));

        Assert.Contains("INDEX:FAULT", error, StringComparison.Ordinal);
    }
}
