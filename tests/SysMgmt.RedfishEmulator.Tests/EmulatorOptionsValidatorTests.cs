using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.RedfishEmulator.Tests;

public sealed class EmulatorOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_RequireOnlyAMockup()
    {
        Assert.Equal(["at least one mockup directory is required"], EmulatorOptionsValidator.Validate(new EmulatorOptions()));
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblem()
    {
        var options = new EmulatorOptions
        {
            Mockups = ["m"],
            Address = "::1",
            Port = 70000,
            Count = 0,
            Username = "",
            PageSize = -1,
            Faults = new Dictionary<int, BmcFaults> { [5] = BmcFaults.None },
        };

        Assert.Equal(6, EmulatorOptionsValidator.Validate(options).Count);
    }

    [Theory]
    [InlineData(EmulatorLayout.ConsecutiveAddresses, "255.255.255.250", 1, 10)]
    [InlineData(EmulatorLayout.ConsecutivePorts, "127.0.0.1", 65530, 10)]
    public void Validate_RangePastTheEnd_IsAnError(EmulatorLayout layout, string address, int port, int count)
    {
        var options = new EmulatorOptions { Mockups = ["m"], Layout = layout, Address = address, Port = port, Count = count };

        Assert.Single(EmulatorOptionsValidator.Validate(options));
    }
}
