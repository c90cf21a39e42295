using System.CommandLine;
using SysMgmt.Dhcp;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>The <c>--dir</c> option that <c>dhcp config</c> and <c>dhcp follow</c> must agree on.</summary>
internal static class DhcpDirectoryOption
{
    public static Option<DirectoryInfo> Create() => new("--dir")
    {
        Description = "Directory for dnsmasq's configuration, host file, pid file and leases",
        DefaultValueFactory = _ => new DirectoryInfo(DhcpDirectory.Default),
    };
}
