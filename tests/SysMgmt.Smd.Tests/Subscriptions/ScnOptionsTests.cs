using SysMgmt.Smd.Subscriptions;

namespace SysMgmt.Smd.Tests.Subscriptions;

public sealed class ScnOptionsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 16)]
    [InlineData(9, 60)]
    [InlineData(200, 60)]
    public void RetryDelay_DoublesUpToTheMaximum(int failures, int seconds)
    {
        var options = new ScnOptions { FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromMinutes(1) };

        Assert.Equal(TimeSpan.FromSeconds(seconds), options.RetryDelay(failures));
    }
}
