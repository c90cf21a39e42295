using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Testing.Time;

namespace SysMgmt.Bss.Tests.EndpointHistory;

public sealed class EndpointAccessRecorderTests
{
    [Fact]
    public void Record_RepeatedAccesses_CollapseToTheLatestPerNodeAndEndpoint()
    {
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(100));
        var recorder = new EndpointAccessRecorder(time);

        recorder.Record("x1", EndpointKind.Bootscript);
        time.Advance(TimeSpan.FromSeconds(5));
        recorder.Record("x1", EndpointKind.Bootscript);
        recorder.Record("x1", EndpointKind.UserData);

        Assert.Equal([(("x1", EndpointKind.Bootscript), 105L), (("x1", EndpointKind.UserData), 105L)],
            recorder.Pending().Select(p => (p.Key, p.Value)).OrderBy(p => p.Key.Kind));
    }

    [Fact]
    public void MarkWritten_AccessRecordedAgainMeanwhile_KeepsTheNewerOne()
    {
        var time = new ManualTimeProvider(DateTimeOffset.FromUnixTimeSeconds(100));
        var recorder = new EndpointAccessRecorder(time);
        recorder.Record("x1", EndpointKind.Bootscript);
        recorder.Record("x2", EndpointKind.Bootscript);
        var written = recorder.Pending();

        time.Advance(TimeSpan.FromSeconds(1));
        recorder.Record("x1", EndpointKind.Bootscript);
        recorder.MarkWritten(written);

        var left = Assert.Single(recorder.Pending());
        Assert.Equal((("x1", EndpointKind.Bootscript), 101L), (left.Key, left.Value));
    }

    [Fact]
    public async Task Pending_WhileRequestsRecord_NeverFails()
    {
        var recorder = new EndpointAccessRecorder(TimeProvider.System);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var writer = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                recorder.Record("x" + (i % 50_000), EndpointKind.Bootscript);
            }
        }, TestContext.Current.CancellationToken);

        var snapshots = 0;
        while (!stop.IsCancellationRequested)
        {
            recorder.MarkWritten(recorder.Pending());
            snapshots++;
        }

        await writer;
        Assert.True(snapshots > 0);
    }
}
