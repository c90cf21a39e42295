using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.Tests.Infrastructure;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.Tests.BootScript;

/// <summary>The lookup chain and the answers around it, on in-memory state (the integration tests repeat the chain with SMD and PostgreSQL).</summary>
public sealed class BootScriptServiceTests
{
    private const string Mac = GoldenScenario.Mac;

    private static BootEntry Entry(string name, string kernel) =>
        new(name, "console=tty0", kernel, "", CloudInitData.Empty, "token-" + name);

    private static BootTestBed Node(Component? component = null) =>
        new BootTestBed().WithNodes((component ?? GoldenScenario.Node, [Mac], ["10.0.0.12"]));

    [Theory]
    [InlineData("x0c0s2b0n0", "http://node/vmlinuz")]
    [InlineData("Compute", "http://role/vmlinuz")]
    [InlineData("Default", "http://default/vmlinuz")]
    public void Answer_MostSpecificEntry_Wins(string onlyFrom, string expectedKernel)
    {
        var entries = new[] { Entry("x0c0s2b0n0", "http://node/vmlinuz"), Entry("Compute", "http://role/vmlinuz"), Entry("Default", "http://default/vmlinuz") };
        var bed = Node().WithEntries([.. entries.SkipWhile(e => e.Name != onlyFrom)]);

        var script = bed.Script("mac=" + Mac);

        Assert.Contains($"kernel --name kernel {expectedKernel} console=tty0 xname=x0c0s2b0n0 nid=12 bss_referral_token=token-{onlyFrom} ", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_MacKeyedEntryOfKnownNode_WinsOverRole()
    {
        var bed = Node().WithEntries(Entry(Mac, "http://mac/vmlinuz"), Entry("Compute", "http://role/vmlinuz"));

        Assert.Contains("kernel --name kernel http://mac/vmlinuz ", bed.Script("name=x0c0s2b0n0"), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ByNid_UsesNidKeyAndChainsByMac()
    {
        var bed = Node().WithEntries(Entry("nid12", "http://nid/vmlinuz"));

        var script = bed.Script("nid=12&retry=2");

        Assert.Contains("kernel --name kernel http://nid/vmlinuz console=tty0 xname=x0c0s2b0n0 nid=12 ", script, StringComparison.Ordinal);
        Assert.EndsWith($"chain https://api-gw-service-nmn.local/apis/bss/boot/v1/bootscript?mac={Mac}&retry=3\n\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_NodeWithoutMacs_ChainsByName()
    {
        var bed = new BootTestBed().WithNodes((GoldenScenario.Node, [], [])).WithEntries(Entry("Default", "http://default/vmlinuz"));

        Assert.Contains("bootscript?name=x0c0s2b0n0&retry=1\n", bed.Script("name=x0c0s2b0n0"), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_MacUnknownToSmdWithOwnEntry_BootsItWithoutNodeIdentity()
    {
        var bed = new BootTestBed().WithEntries(Entry(GoldenScenario.UnknownMac, "http://raw/vmlinuz"), Entry("Default", "http://default/vmlinuz"));

        var script = bed.Script("mac=" + GoldenScenario.UnknownMac);

        Assert.Contains("kernel --name kernel http://raw/vmlinuz console=tty0 bss_referral_token=token-0e:ff:ff:ff:ff:ff ds=", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_UnknownMac_NeverGetsDefaultAndAsksForARefresh()
    {
        var bed = new BootTestBed().WithEntries(Entry("Default", "http://default/vmlinuz"));

        var script = bed.Script("mac=" + GoldenScenario.UnknownMac);

        Assert.StartsWith("#!ipxe\nsleep 10\nchain ", script, StringComparison.Ordinal);
        Assert.True(bed.Directory.RefreshRequested);
    }

    [Fact]
    public void Answer_UnknownMacWithArchButNoUnknownEntry_IsNotFoundWithAnchorDetail()
    {
        var answer = new BootTestBed().Ask($"mac={GoldenScenario.UnknownMac}&arch=x86_64&ts={GoldenScenario.Timestamp}");

        Assert.Equal(404, answer.Problem?.Status);
        Assert.Equal("Unknown MAC 0e:ff:ff:ff:ff:ff architecture x86_64: this host not configured for booting.", answer.Problem?.Detail);
    }

    [Fact]
    public void Answer_KnownNodeWithoutBootData_ProbesArchThenBootsUnknownEntry()
    {
        var bed = Node().WithEntries(GoldenScenario.UnknownX86);

        var probe = bed.Script("mac=" + Mac);
        var discovery = bed.Script($"mac={Mac}&arch=x86_64");

        Assert.Contains($"bootscript?mac={Mac}&arch=${{buildarch}}&ts=", probe, StringComparison.Ordinal);
        Assert.Contains("kernel --name kernel http://10.1.1.1/discovery/vmlinuz initrd=initrd console=tty0 unknown_hardware ds=", discovery, StringComparison.Ordinal);
        Assert.False(bed.Directory.RefreshRequested, "a node SMD knows needs no refresh");
    }

    [Fact]
    public void Answer_DisabledNode_GetsNoScript()
    {
        var bed = Node(GoldenScenario.Node with { Enabled = false }).WithEntries(GoldenScenario.Entry);

        var answer = bed.Ask("mac=" + Mac);

        Assert.Equal(403, answer.Problem?.Status);
        Assert.Equal("MAC 00:1e:67:df:f4:f1 (x0c0s2b0n0) is disabled in SMD (Enabled=false), so it gets no boot script; enable it to boot it.", answer.Problem?.Detail);
    }

    [Fact]
    public void Answer_RetriesUsedUp_StopsChainingAndSaysWhyOnTheConsole()
    {
        var bed = new BootTestBed(GoldenScenario.Options(maxRetries: 3)).WithNodes((GoldenScenario.Node, [Mac], [])).WithEntries(GoldenScenario.Entry);

        var lastTry = bed.Script($"mac={Mac}&retry=2");
        var giveUp = bed.Script($"mac={Mac}&retry=3");

        Assert.EndsWith($"chain https://api-gw-service-nmn.local/apis/bss/boot/v1/bootscript?mac={Mac}&retry=3\n\n", lastTry, StringComparison.Ordinal);
        Assert.EndsWith(
            ":boot_retry\necho BSS: MAC 00:1e:67:df:f4:f1 (x0c0s2b0n0) did not boot after 3 retries; giving up. Fix its boot parameters, then reboot it.\nshell\n\n",
            giveUp, StringComparison.Ordinal);
        Assert.DoesNotContain("chain", giveUp, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ImageParams_FollowEntryParams()
    {
        var bed = Node()
            .WithEntries(GoldenScenario.Entry)
            .WithImages(new BootImage(ImageKind.Kernel, GoldenScenario.Entry.Kernel, "kernel_param=set"), new BootImage(ImageKind.Initrd, GoldenScenario.Entry.Initrd, "init_param=set"));

        Assert.Contains("initrd=initrd console=ttyS0,115200 ip=dhcp kernel_param=set init_param=set xname=", bed.Script("mac=" + Mac), StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_KnownNode_NotesTheAccessForTheHistory()
    {
        var bed = Node().WithEntries(GoldenScenario.Entry);

        bed.Script("mac=" + Mac);

        var access = Assert.Single(bed.History.Pending());
        Assert.Equal(("x0c0s2b0n0", EndpointKind.Bootscript, GoldenScenario.Timestamp), (access.Key.Name, access.Key.Kind, access.Value));
    }

    [Theory]
    [InlineData("", "Need a mac=, name=, or nid= parameter")]
    [InlineData("foo=1", "Need a mac=, name=, or nid= parameter")]
    [InlineData("nid=", "Need a mac=, name=, or nid= parameter")]
    [InlineData("nid=-1", "Need a mac=, name=, or nid= parameter")]
    [InlineData("nid=one", "Bad Request - Invalid nid 'one'")]
    [InlineData("mac=zz:zz", "'zz:zz' is not a valid MAC address: 'z' is not a hexadecimal digit")]
    [InlineData("mac=00:1e:67:df:f4:f1&retry=x", "retry 'x' is not a count of retries")]
    [InlineData("mac=00:1e:67:df:f4:f1&arch=x86%2064", "arch 'x86 64' is not an iPXE architecture (letters, digits and '_', e.g. x86_64)")]
    public void Answer_BadQuery_IsBadRequestSayingWhy(string query, string detail)
    {
        var answer = Node().WithEntries(GoldenScenario.Entry).Ask(query);

        Assert.Equal(400, answer.Problem?.Status);
        Assert.Equal(detail, answer.Problem?.Detail);
    }
}
