using System.Text;
using System.Text.Json;
using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.Tests.Infrastructure;

namespace SysMgmt.Bss.Tests.BootScript;

public sealed class KernelParametersTests
{
    private const string AdvertiseAddress = "http://10.92.100.81:8888";

    public static TheoryData<string> OpenChamiCases() => [.. Cases().Select(c => c.GetProperty("name").GetString()!)];

    /// <summary>OpenCHAMI's TestBuildParams_Success, transcribed: the exact token order for each case.</summary>
    [Theory]
    [MemberData(nameof(OpenChamiCases))]
    public void Build_OpenChamiCase_GivesExpectedTokensInOrder(string name)
    {
        var testCase = Cases().Single(c => c.GetProperty("name").GetString() == name);
        var bootData = testCase.GetProperty("bootData");
        var script = testCase.GetProperty("scriptParams");
        string? Optional(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) ? value.GetString() : null;

        var parameters = Build(
            bootData.GetProperty("params").GetString()!,
            Optional(bootData.GetProperty("kernel"), "params") ?? "",
            Optional(bootData.GetProperty("initrd"), "params") ?? "",
            hasInitrd: true,
            new NodeParameters(Optional(script, "xname"), Optional(script, "nid"), Optional(script, "referralToken"), Optional(script, "mac"),
                $"nocloud-net;s={AdvertiseAddress}/"));

        var expected = testCase.GetProperty("expected").EnumerateArray()
            .Select(t => t.GetString()!.Replace("${advertiseAddress}", AdvertiseAddress, StringComparison.Ordinal));
        Assert.Equal(expected, parameters.Split(' '));
    }

    [Fact]
    public void Build_InitrdInsideAnotherParameter_KeepsThatParameter()
    {
        // The anchors cut at the first substring "initrd" anywhere and would mangle the root= URL.
        var parameters = Build("root=live:http://10.1.1.1/images/initrd-compute.squashfs initrd=old.img console=tty0");

        Assert.Equal("initrd=initrd root=live:http://10.1.1.1/images/initrd-compute.squashfs console=tty0 ds=nocloud-net;s=x/", parameters);
    }

    [Fact]
    public void Build_WithoutInitrd_KeepsUserInitrdParameterAndAddsNone()
    {
        var parameters = Build("initrd=custom.img console=tty0", hasInitrd: false);

        Assert.Equal("initrd=custom.img console=tty0 ds=nocloud-net;s=x/", parameters);
    }

    [Fact]
    public void Build_ParametersAlreadyGiven_AreNotAddedAgain()
    {
        var parameters = Build("xname=override nid=99 ds=nocloud;s=http://elsewhere/", node: s_node with { Xname = "x1c0s0b0n0", Nid = "1", ReferralToken = "t" });

        Assert.Equal("initrd=initrd xname=override nid=99 ds=nocloud;s=http://elsewhere/ bss_referral_token=t", parameters);
    }

    [Fact]
    public void Build_RepeatedSpaces_CollapseToSingleSeparators()
    {
        var parameters = Build("  console=tty0   quiet ", hasInitrd: false);

        Assert.Equal("console=tty0 quiet ds=nocloud-net;s=x/", parameters);
    }

    private static readonly NodeParameters s_node = new(null, null, null, null, "nocloud-net;s=x/");

    private static string Build(string parameters, bool hasInitrd = true, NodeParameters? node = null) =>
        Build(parameters, "", "", hasInitrd, node ?? s_node);

    private static string Build(string parameters, string kernelImageParams, string initrdImageParams, bool hasInitrd, NodeParameters node) =>
        KernelParameters.AppendComplete(new StringBuilder(), KernelParameters.Prepare(parameters, kernelImageParams, initrdImageParams, hasInitrd), node).ToString();

    private static IEnumerable<JsonElement> Cases() =>
        JsonDocument.Parse(GoldenScenario.Golden("openchami-buildParams-cases.json")).RootElement.GetProperty("cases").EnumerateArray();
}
