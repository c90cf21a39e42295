namespace SysMgmt.Core.Contracts;

/// <summary>
/// One IP address of an <see cref="EthernetInterface"/> and the network it is on
/// (<c>{"IPAddress":"10.252.0.1","Network":"HMN"}</c>). <see cref="Network"/> is omitted when there is none.
/// </summary>
public sealed record EthernetInterfaceIpAddress
{
    public string? IPAddress { get; init; }
    public string? Network { get; init; }
}
