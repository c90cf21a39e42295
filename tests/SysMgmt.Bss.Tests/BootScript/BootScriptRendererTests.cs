using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.Tests.Infrastructure;

namespace SysMgmt.Bss.Tests.BootScript;

/// <summary>The pure renderer, table-driven: content in, the golden script out.</summary>
public sealed class BootScriptRendererTests
{
    private const string ChainUrl = "https://api-gw-service-nmn.local/apis/bss/boot/v1/bootscript";
    private const string DataSource = "nocloud-net;s=http://10.92.100.81:8888/";

    private static readonly PreparedParameters s_node = KernelParameters.Prepare("console=ttyS0,115200 ip=dhcp", "", "", hasInitrd: true);
    private static readonly PreparedParameters s_unknown = KernelParameters.Prepare("console=tty0 unknown_hardware", "", "", hasInitrd: true);

    /// <summary>Golden file, imgstat, BOOTIF MAC: CSM's flavour, then OpenCHAMI's.</summary>
    public static TheoryData<string, bool, string?> Scripts() => new()
    {
        { "05-derived-cray-known-node.ipxe", true, null },
        { "06-derived-openchami-etcd-known-node.ipxe", false, GoldenScenario.Mac },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Boot_KnownNode_MatchesGolden(string golden, bool imageStat, string? bootIf)
    {
        var content = new BootScriptContent(
            "http://10.1.1.1/boot/vmlinuz", "http://10.1.1.1/boot/initrd.img", s_node,
            new NodeParameters("x0c0s2b0n0", "12", GoldenScenario.Token, bootIf, DataSource),
            imageStat, RetryDelay: 30, new ChainTarget(ChainUrl, "mac", GoldenScenario.Mac, Retry: 1, Timestamp: 0));

        Assert.Equal(GoldenScenario.Golden(golden), BootScriptRenderer.Boot(content));
    }

    [Fact]
    public void Boot_UnknownArch_MatchesGoldenWithoutNodeIdentity()
    {
        var content = new BootScriptContent(
            "http://10.1.1.1/discovery/vmlinuz", "http://10.1.1.1/discovery/initrd.img", s_unknown,
            new NodeParameters(null, null, null, null, DataSource),
            ImageStat: true, RetryDelay: 30, new ChainTarget(ChainUrl, "mac", GoldenScenario.UnknownMac, Retry: null, GoldenScenario.Timestamp));

        Assert.Equal(GoldenScenario.Golden("08-derived-cray-unknown-mac-with-arch-Unknown-x86_64.ipxe"), BootScriptRenderer.Boot(content));
    }

    [Fact]
    public void DelayedChain_UnknownMac_MatchesGolden()
    {
        var script = BootScriptRenderer.DelayedChain(10, new ChainTarget(ChainUrl, "mac", GoldenScenario.UnknownMac, Retry: null, GoldenScenario.Timestamp));

        Assert.Equal(GoldenScenario.Golden("07-derived-unknown-mac-first-request-no-arch.ipxe"), script);
    }

    [Fact]
    public void Boot_WithoutInitrd_HasNeitherInitrdNorImgstatLine()
    {
        var content = new BootScriptContent(
            "http://k", "", KernelParameters.Prepare("quiet", "", "", hasInitrd: false), new NodeParameters(null, null, null, null, "ds"),
            ImageStat: true, RetryDelay: 5, new ChainTarget("http://bss/boot/v1/bootscript", "name", "x1c0s0b0n0", Retry: 3, Timestamp: 0));

        Assert.Equal(
            "#!ipxe\nkernel --name kernel http://k quiet ds=ds || goto boot_retry\nboot || goto boot_retry\n:boot_retry\nsleep 5\nchain http://bss/boot/v1/bootscript?name=x1c0s0b0n0&retry=3\n\n",
            BootScriptRenderer.Boot(content));
    }
}
