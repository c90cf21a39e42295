using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.Tests.Infrastructure;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.Tests.BootScript;

/// <summary>
/// Boot scripts compared byte for byte with the golden files (tests/fixtures/bss), with BSS configured as in the
/// golden scenario: CSM's flavour (imgstat, no BOOTIF) by default, OpenCHAMI's as a setting.
/// </summary>
public sealed class BootScriptGoldenTests
{
    private static BootTestBed KnownNode(BssOptions options) =>
        new BootTestBed(options).WithNodes((GoldenScenario.Node, [GoldenScenario.Mac, "00:1e:67:df:f4:f2"], [])).WithEntries(GoldenScenario.Entry);

    [Fact]
    public void Answer_KnownNodeWithCsmDefaults_MatchesCrayGolden()
    {
        var script = KnownNode(GoldenScenario.Options()).Script($"mac={GoldenScenario.Mac}");

        Assert.Equal(GoldenScenario.Golden("05-derived-cray-known-node.ipxe"), script);
    }

    [Fact]
    public void Answer_KnownNodeWithOpenChamiFlavour_MatchesOpenChamiGolden()
    {
        var script = KnownNode(GoldenScenario.Options(imageStat: false, bootIf: true)).Script($"mac={GoldenScenario.Mac}");

        Assert.Equal(GoldenScenario.Golden("06-derived-openchami-etcd-known-node.ipxe"), script);
    }

    [Fact]
    public void Answer_UnknownMacWithoutArch_MatchesDelayedChainGolden()
    {
        var bed = new BootTestBed().WithNodes((GoldenScenario.Node, [GoldenScenario.Mac], []));

        var script = bed.Script($"mac={GoldenScenario.UnknownMac}&ts={GoldenScenario.Timestamp}");

        Assert.Equal(GoldenScenario.Golden("07-derived-unknown-mac-first-request-no-arch.ipxe"), script);
    }

    [Fact]
    public void Answer_UnknownMacWithArch_MatchesUnknownArchGolden()
    {
        var bed = new BootTestBed().WithEntries(GoldenScenario.UnknownX86);

        var script = bed.Script($"mac={GoldenScenario.UnknownMac}&arch=x86_64&ts={GoldenScenario.Timestamp}");

        Assert.Equal(GoldenScenario.Golden("08-derived-cray-unknown-mac-with-arch-Unknown-x86_64.ipxe"), script);
    }

    [Fact]
    public void Answer_JsonWithBootIf_MatchesOpenChamiJsonGolden()
    {
        var answer = KnownNode(GoldenScenario.Options(imageStat: false, bootIf: true)).Ask($"mac={GoldenScenario.Mac}&json=1");

        Assert.True(answer.Value.IsJson);
        Assert.Equal(GoldenScenario.Golden("10-derived-openchami-bootscript-json1.json"), answer.Value.Body.ToString());
    }

    /// <summary>The swagger examples predate imgstat and omit the extra newline the servers write after a script.</summary>
    [Theory]
    [InlineData("01-verbatim-cray-swagger-example.ipxe", "root=sbps-s3:s3://boot-images/00000000-0000-0000-0000-000000000000/rootfs:00000000000000000000000000000000-000:sbps:v1:iqn.2023-06.csm.iscsi:_sbps-hsn._tcp.my-system.my-site-domain")]
    [InlineData("02-verbatim-openchami-swagger-example.ipxe", "root=craycps-s3:s3://boot-images/00000000-0000-0000-0000-000000000000/rootfs:00000000000000000000000000000000-000:dvs:api-gw-service-nmn.local:300:hsn0,nmn0:0")]
    public void Answer_SwaggerExample_MatchesVerbatimScriptPlusTrailingNewline(string golden, string root)
    {
        const string Image = "http://rgw-vip.nmn/boot-images/00000000-0000-0000-0000-000000000000";
        const string Mac = "b4:2e:99:df:eb:bf";
        var parameters = "console=ttyS0,115200 bad_page=panic crashkernel=512M hugepagelist=2m-2g intel_iommu=off intel_pstate=disable "
            + "iommu.passthrough=on numa_interleave_omit=headless oops=panic pageblock_order=14 rd.neednet=1 rd.retry=10 rd.shell "
            + "systemd.unified_cgroup_hierarchy=1 ip=dhcp quiet spire_join_token=00000000-0000-0000-0000-000000000000 " + root
            + " nmd_data=url=s3://boot-images/00000000-0000-0000-0000-000000000000/rootfs bos_session_id=000000-0000-0000-0000-000000000000";
        var node = new Component { ID = "x3000c0s17b3n0", Type = "Node", State = "Ready", Enabled = true, Role = "Compute", NID = 3 };
        var bed = new BootTestBed(GoldenScenario.Options(imageStat: false))
            .WithNodes((node, [Mac], []))
            .WithEntries(new BootEntry(node.ID, parameters, Image + "/kernel", Image + "/initrd", CloudInitData.Empty, "00000000-0000-0000-0000-000000000000"));

        var script = bed.Script("mac=" + Mac);

        Assert.Equal(GoldenScenario.Golden(golden) + "\n", script);
    }
}
