using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;
using SysMgmt.Redfish.Tests.Infrastructure;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.Redfish.Tests;

/// <summary>Reset, boot override and SimpleUpdate against emulated BMCs, read back afterwards.</summary>
public sealed class ActionTests
{
    [Theory]
    [InlineData("dmtf-public-rackmount1")] // allowable reset types inline
    [InlineData("csm-rie-OpenBMC-stock")] // allowable reset types in a ResetActionInfo resource
    public async Task ResetAsync_ForceOffThenOn_PowerStateFollows(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync(mockup, cancellationToken);
        var client = bmc.Client;
        var system = await FirstSystemAsync(client, cancellationToken);

        await client.ResetAsync(system, "ForceOff", cancellationToken);
        var off = await ReloadAsync(client, system, cancellationToken);
        await client.ResetAsync(off, "On", cancellationToken);
        var on = await ReloadAsync(client, system, cancellationToken);

        Assert.Equal("Off", off.PowerState);
        Assert.Equal("On", on.PowerState);
        Assert.Contains("ForceOff", await client.GetResetTypesAsync(system, cancellationToken) ?? []);
    }

    [Fact]
    public async Task ResetAsync_TypeTheBmcDoesNotList_ThrowsRejectedWithoutSending()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("dmtf-public-rackmount1", cancellationToken);
        var client = bmc.Client;
        var system = await FirstSystemAsync(client, cancellationToken);

        var error = await Assert.ThrowsAsync<RedfishException>(() => client.ResetAsync(system, "Hibernate", cancellationToken));

        Assert.Equal(RedfishErrorKind.Rejected, error.Kind);
        Assert.Equal("On", (await ReloadAsync(client, system, cancellationToken)).PowerState);
    }

    [Fact]
    public async Task SetBootOverrideAsync_PxeOnce_PersistsOnThisBmcOnly()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync(TestBmcs.Options(2, "dmtf-public-rackmount1"), cancellationToken);
        var client = bmc.Client;
        await using var other = bmc.Factory.Create(bmc.Emulator.Bmcs[1]);
        var system = await FirstSystemAsync(client, cancellationToken);

        var patched = await client.SetBootOverrideAsync(system, new BootOverride { BootSourceOverrideTarget = "Hdd", BootSourceOverrideEnabled = "Continuous" }, cancellationToken);
        var reread = await ReloadAsync(client, system, cancellationToken);

        Assert.Equal(("Hdd", "Continuous"), (patched.Boot?.BootSourceOverrideTarget, patched.Boot?.BootSourceOverrideEnabled));
        Assert.Equal(("Hdd", "Continuous"), (reread.Boot?.BootSourceOverrideTarget, reread.Boot?.BootSourceOverrideEnabled));
        Assert.Equal("UEFI", reread.Boot?.BootSourceOverrideMode);
        Assert.Equal("Pxe", (await FirstSystemAsync(other, cancellationToken)).Boot?.BootSourceOverrideTarget);
    }

    [Fact]
    public async Task SetBootOverrideAsync_EnabledValueTheBmcRefuses_ThrowsRejectedWithTheBmcsMessage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("dmtf-public-rackmount1", cancellationToken);
        var client = bmc.Client;
        var system = await FirstSystemAsync(client, cancellationToken);

        var error = await Assert.ThrowsAsync<RedfishException>(
            () => client.SetBootOverrideAsync(system, new BootOverride { BootSourceOverrideEnabled = "Sometimes" }, cancellationToken));

        Assert.Equal(RedfishErrorKind.Rejected, error.Kind);
        Assert.Contains("BootSourceOverrideEnabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dmtf-public-rackmount1")] // target Actions/UpdateService.SimpleUpdate
    [InlineData("csm-rie-EX425")] // target Actions/SimpleUpdate
    public async Task SimpleUpdateAsync_Image_TaskRunsThenCompletes(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync(mockup, cancellationToken);
        var client = bmc.Client;

        var task = await client.SimpleUpdateAsync(new SimpleUpdateRequest { ImageUri = "http://10.0.0.1/bmc.bin" }, cancellationToken);
        Assert.NotNull(task);
        var running = await client.GetAsync(task, RedfishJsonContext.Default.RedfishTask, cancellationToken);
        var done = await client.WaitForTaskAsync(task, TimeSpan.FromMilliseconds(50), null, cancellationToken);

        Assert.Equal("Running", running.TaskState);
        Assert.Equal(("Completed", 100), (done.TaskState, done.PercentComplete));
    }

    [Theory]
    [InlineData("dmtf-public-bladed")] // no UpdateService
    [InlineData("csm-rie-OpenBMC-stock")] // an UpdateService with HttpPushUri only
    public async Task SimpleUpdateAsync_BmcWithoutSimpleUpdate_ThrowsUnsupported(string mockup)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync(mockup, cancellationToken);
        var client = bmc.Client;

        var error = await Assert.ThrowsAsync<RedfishException>(
            () => client.SimpleUpdateAsync(new SimpleUpdateRequest { ImageUri = "http://10.0.0.1/bmc.bin" }, cancellationToken));

        Assert.Equal(RedfishErrorKind.Unsupported, error.Kind);
    }

    [Fact]
    public async Task SimpleUpdateAsync_TransferProtocolTheActionDoesNotList_ThrowsRejectedWithoutStartingATask()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("csm-rie-EX425", cancellationToken);

        var error = await Assert.ThrowsAsync<RedfishException>(() => bmc.Client.SimpleUpdateAsync(
            new SimpleUpdateRequest { ImageUri = "tftp://10.0.0.1/bmc.bin", TransferProtocol = "TFTP" }, cancellationToken));

        Assert.Equal(RedfishErrorKind.Rejected, error.Kind);
        Assert.Contains("HTTP, HTTPS", error.Message, StringComparison.Ordinal);
        Assert.Empty(bmc.Bmc.State.TaskIds());
    }

    [Fact]
    public async Task PushUpdateAsync_OpenBmcImage_PostsItToHttpPushUriAndTheTaskCompletesWithProgress()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("csm-rie-OpenBMC-stock", cancellationToken);
        var service = await bmc.Client.GetUpdateServiceAsync(cancellationToken);
        var states = new List<string?>();

        var pushed = await bmc.Client.PushUpdateAsync(service, new UpdateImage("obmc.tar", () => new MemoryStream(new byte[2048])), null, cancellationToken);
        var done = await bmc.Client.WaitForTaskAsync(pushed.TaskUri!, TimeSpan.FromMilliseconds(50), null, new SynchronousProgress<RedfishTask>(t => states.Add(t.TaskState)), cancellationToken);

        Assert.Equal(("/redfish/v1/UpdateService/update", false), (pushed.PushUri, pushed.Multipart));
        Assert.Equal("Completed", done.TaskState);
        Assert.Equal("Running", states[0]);
        Assert.Equal("Completed", states[^1]);
    }

    [Fact]
    public async Task PushUpdateAsync_WithTargets_SendsTheMultipartForm()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("csm-rie-OpenBMC-stock", cancellationToken);
        var service = await bmc.Client.GetUpdateServiceAsync(cancellationToken);

        var pushed = await bmc.Client.PushUpdateAsync(service, new UpdateImage("obmc.tar", () => new MemoryStream(new byte[10])), ["/redfish/v1/UpdateService/FirmwareInventory/bmc"], cancellationToken);
        var task = await bmc.Client.GetAsync(pushed.TaskUri!, RedfishJsonContext.Default.RedfishTask, cancellationToken);

        Assert.True(pushed.Multipart);
        Assert.Equal("Firmware push (10 bytes)", task.Name);
    }

    [Fact]
    public async Task PushUpdateAsync_BmcWithoutPushUri_ThrowsUnsupported()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var bmc = await ConnectedBmc.StartAsync("csm-rie-Intel", cancellationToken);
        var service = await bmc.Client.GetUpdateServiceAsync(cancellationToken);

        var error = await Assert.ThrowsAsync<RedfishException>(
            () => bmc.Client.PushUpdateAsync(service, new UpdateImage("x.bin", () => new MemoryStream(new byte[1])), null, cancellationToken));

        Assert.Equal(RedfishErrorKind.Unsupported, error.Kind);
    }

    private static async Task<ComputerSystem> FirstSystemAsync(RedfishClient client, CancellationToken cancellationToken)
    {
        var root = await client.GetServiceRootAsync(cancellationToken);
        return (await client.GetMembersAsync(root.Systems, RedfishJsonContext.Default.ComputerSystem, cancellationToken))[0];
    }

    private static Task<ComputerSystem> ReloadAsync(RedfishClient client, ComputerSystem system, CancellationToken cancellationToken) =>
        client.GetAsync(system.ODataId!, RedfishJsonContext.Default.ComputerSystem, cancellationToken);

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
