using SysMgmt.Smd.Changes;

namespace SysMgmt.Smd.Tests.Changes;

public sealed class ChangeFeedStatusTests
{
    [Theory]
    [InlineData(0, 0, 1, null)]
    [InlineData(100, 90, 1, null)]
    [InlineData(100, 100, 50, null)]
    [InlineData(100, 49, 50, null)]
    [InlineData(100, 48, 50, "the changes after 48 are no longer kept (the oldest kept is 50)")]
    [InlineData(100, 101, 50, "sequence 101 is ahead of the newest change (100)")]
    [InlineData(100, 99, 101, "the changes after 99 are no longer kept (the oldest kept is 101)")]
    public void Gap_SinceOutsideWhatIsKept_SaysWhyAndToResync(long latest, long since, long oldest, string? gap)
    {
        var detail = new ChangeFeedStatus(latest, oldest).Gap(since);

        if (gap is null)
        {
            Assert.Null(detail);
        }
        else
        {
            Assert.StartsWith(gap, detail, StringComparison.Ordinal);
            Assert.Contains("Resync", detail, StringComparison.Ordinal);
        }
    }
}
