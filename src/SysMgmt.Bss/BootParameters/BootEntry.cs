namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// One stored set of boot parameters, under one key (<see cref="HostKey"/>): what a node, tag or MAC boots.
/// Immutable, so the in-memory copy can be read by any number of requests without locks.
/// </summary>
/// <remarks><c>ReferralToken</c>: A new UUID on every POST and PUT, put on the node's kernel command line.</remarks>
internal sealed record BootEntry(string Name, string Params, string Kernel, string Initrd, CloudInitData CloudInit, string? ReferralToken);
