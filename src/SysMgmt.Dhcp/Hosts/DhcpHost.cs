using System.Net;

namespace SysMgmt.Dhcp.Hosts;

/// <summary>One line of dnsmasq's host file: a MAC, its fixed address (null: one from the pool) and its hostname.</summary>
public sealed record DhcpHost(string Mac, IPAddress? Address, string Hostname, string Xname);
