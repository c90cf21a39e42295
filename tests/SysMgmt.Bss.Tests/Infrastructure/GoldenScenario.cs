using SysMgmt.Bss.BootParameters;
using SysMgmt.Core.Contracts;
using SysMgmt.Testing;

namespace SysMgmt.Bss.Tests.Infrastructure;

/// <summary>
/// The scenario of the golden files (tests/fixtures/bss, from the fixtures README): BSS configured as HPE CSM
/// configures it, and node x0c0s2b0n0 (NID 12, MAC 00:1e:67:df:f4:f1) with one PUT of boot parameters.
/// </summary>
internal static class GoldenScenario
{
    public const string Xname = "x0c0s2b0n0";
    public const string Mac = "00:1e:67:df:f4:f1";
    public const string UnknownMac = "0e:ff:ff:ff:ff:ff";
    public const long Timestamp = 1_700_000_000;

    /// <summary>The golden files show the referral token as this placeholder.</summary>
    public const string Token = "<TOKEN>";

    public static Component Node { get; } = new() { ID = Xname, Type = "Node", State = "Ready", Flag = "OK", Enabled = true, Role = "Compute", NID = 12 };

    public static BootEntry Entry { get; } = new(
        Xname, "console=ttyS0,115200 ip=dhcp", "http://10.1.1.1/boot/vmlinuz", "http://10.1.1.1/boot/initrd.img", CloudInitData.Empty, Token);

    public static BootEntry UnknownX86 { get; } = new(
        "Unknown-x86_64", "console=tty0 unknown_hardware", "http://10.1.1.1/discovery/vmlinuz", "http://10.1.1.1/discovery/initrd.img", CloudInitData.Empty, "unused-token");

    public static BssOptions Options(bool imageStat = true, bool bootIf = false, int maxRetries = 0) => new()
    {
        AdvertiseAddress = "http://10.92.100.81:8888",
        IpxeServer = "api-gw-service-nmn.local",
        ChainProto = "https",
        GatewayUri = "/apis/bss",
        RetryDelay = 30,
        RetrievalDelay = 10,
        BootScript = { ImageStat = imageStat, BootIf = bootIf, MaxRetries = maxRetries },
    };

    public static string Golden(string fileName) => File.ReadAllText(RepositoryPaths.Fixture("bss/" + fileName));
}
