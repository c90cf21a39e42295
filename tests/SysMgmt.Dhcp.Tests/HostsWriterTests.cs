using System.Diagnostics;
using SysMgmt.Dhcp.Config;
using SysMgmt.Dhcp.Dnsmasq;
using SysMgmt.Dhcp.Hosts;
using SysMgmt.Testing.Files;

namespace SysMgmt.Dhcp.Tests;

public sealed class HostsWriterTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new();
    private readonly DhcpDirectory _directory;
    private readonly HostsWriter _writer;

    public HostsWriterTests()
    {
        _directory = new DhcpDirectory(_temporary.Path);
        _writer = new HostsWriter(_directory, new LeaseTime(720));
    }

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void WriteIfChanged_NewText_ReplacesTheFileByRenameSoAnOpenReaderKeepsTheWholeOldText()
    {
        var path = _temporary.File("hosts");
        Assert.True(AtomicFile.WriteIfChanged(path, "old line\n", out var previous));
        Assert.Null(previous);
        using var reader = new StreamReader(path);

        Assert.True(AtomicFile.WriteIfChanged(path, "new line\n", out previous));

        Assert.Equal("old line\n", previous);
        Assert.Equal("old line\n", reader.ReadToEnd()); // the old inode, whole: not truncated and rewritten in place
        Assert.Equal("new line\n", File.ReadAllText(path));
        Assert.Equal(["hosts"], Directory.GetFiles(_temporary.Path).Select(Path.GetFileName)); // no temporary file left
    }

    [Fact]
    public void WriteIfChanged_SameText_DoesNotTouchTheFile()
    {
        var path = _temporary.File("hosts");
        AtomicFile.WriteIfChanged(path, "line\n", out _);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);

        Assert.False(AtomicFile.WriteIfChanged(path, "line\n", out _));

        Assert.Equal(past, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Write_SameNodesTwice_WritesOnce()
    {
        var nodes = new[] { Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10") };

        var first = _writer.Write(nodes);
        var second = _writer.Write(nodes);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal("02:00:00:00:00:01,192.0.2.10,nid0001,720m", File.ReadLines(_directory.HostsFile).Last());
    }

    [Fact]
    public async Task Write_HostAdded_NoSignal_HostRemovedOrChanged_SignalsDnsmasq()
    {
        var hangups = _temporary.File("hangups");
        using var dnsmasq = StartHangupCounter(hangups);
        await File.WriteAllTextAsync(_directory.PidFile, $"{dnsmasq.Id}\n", TestContext.Current.CancellationToken);
        var one = Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10");
        var two = Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.11");
        Assert.False(_writer.Write([one]).Reloaded); // a new file: dnsmasq reads it through inotify

        var added = _writer.Write([one, two]);
        var changed = _writer.Write([one, Nodes.Create("x0c0s2b0n0", 2, "02:00:00:00:00:02", "192.0.2.12")]);
        await WaitForLinesAsync(hangups, 1);
        var removed = _writer.Write([one]);
        await WaitForLinesAsync(hangups, 2);

        Assert.False(added.Reloaded);
        Assert.True(changed.Reloaded);
        Assert.True(removed.Reloaded);
        Assert.Null(removed.ReloadProblem);
        dnsmasq.Kill();
    }

    [Fact]
    public void Write_HostRemovedWithoutDnsmasq_SaysItIsNotRunning()
    {
        _writer.Write([Nodes.Create("x0c0s1b0n0", 1, "02:00:00:00:00:01", "192.0.2.10")]);

        var update = _writer.Write([]);

        Assert.True(update.Changed);
        Assert.False(update.Reloaded);
        Assert.Contains("dnsmasq is not running (no pid file", update.ReloadProblem, StringComparison.Ordinal);
    }

    /// <summary>A stand-in for dnsmasq that appends a line to a file at each SIGHUP.</summary>
    private static Process StartHangupCounter(string file)
    {
        var process = Process.Start(new ProcessStartInfo("sh", ["-c", $"trap 'echo hup >> {file}' HUP; touch {file}; while :; do sleep 0.05; done"]))!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(file) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20); // the trap is set once the file exists
        }

        return process;
    }

    private static async Task WaitForLinesAsync(string file, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (File.ReadAllLines(file).Length < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal(count, File.ReadAllLines(file).Length);
    }
}
