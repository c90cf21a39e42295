namespace SysMgmt.Dhcp;

/// <summary>
/// Where <c>sysmgmt dhcp</c> and the dnsmasq it configures keep their files: the configuration, the host file (in a
/// directory that dnsmasq watches), dnsmasq's pid file (for SIGHUP) and its lease database.
/// </summary>
public sealed record DhcpDirectory(string Path)
{
    public const string Default = "/var/lib/sysmgmt/dhcp";

    public string ConfigFile => System.IO.Path.Combine(Path, "dnsmasq.conf");

    public string HostsDirectory => System.IO.Path.Combine(Path, "hosts");

    public string HostsFile => System.IO.Path.Combine(HostsDirectory, "sysmgmt.hosts");

    public string PidFile => System.IO.Path.Combine(Path, "dnsmasq.pid");

    public string LeaseFile => System.IO.Path.Combine(Path, "dnsmasq.leases");
}
