namespace SysMgmt.Dhcp.Hosts;

/// <summary>What one write of the host file did.</summary>
/// <param name="Hosts">The hosts in the file, in MAC order.</param>
/// <param name="Changed">The file was rewritten (its text differed).</param>
/// <param name="Reloaded">dnsmasq was sent SIGHUP, because a line went away (inotify only adds hosts).</param>
/// <param name="Problems">Interfaces left out or given no fixed address, and why.</param>
/// <param name="ReloadProblem">Why dnsmasq could not be signalled when it had to be (not running, …).</param>
public sealed record HostsUpdate(IReadOnlyList<DhcpHost> Hosts, bool Changed, bool Reloaded, IReadOnlyList<string> Problems, string? ReloadProblem);
