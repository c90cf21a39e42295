using SysMgmt.Testing;

namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>dnsmasq, busybox (udhcpc, tftp), iproute2 and iPXE, installed by scripts/lib/netboot.sh as the docs say.</summary>
internal static class NetbootTools
{
    private static readonly SemaphoreSlim s_once = new(1, 1);
    private static bool s_installed;

    public static async Task RequireAsync()
    {
        Assert.True(IsRoot(),
            "The DHCP end-to-end tests create network namespaces and run dnsmasq: run them as root (sudo scripts/test).");
        await s_once.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!s_installed)
            {
                await Commands.RunAsync("bash", Path.Combine(RepositoryPaths.Root, "scripts", "lib", "netboot.sh"));
                s_installed = true;
            }
        }
        finally
        {
            s_once.Release();
        }
    }

    private static bool IsRoot() => File.ReadLines("/proc/self/status").Any(l => l.StartsWith("Uid:\t0\t", StringComparison.Ordinal));
}
