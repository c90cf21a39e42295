namespace SysMgmt.Bss.BootParameters;

/// <summary>What a boot parameters key names.</summary>
internal enum HostKeyKind
{
    /// <summary>A node's xname.</summary>
    Node,

    /// <summary>A MAC address SMD did not know when the parameters were stored.</summary>
    Mac,

    /// <summary><c>nid&lt;N&gt;</c>: a NID SMD did not know when the parameters were stored.</summary>
    Nid,

    /// <summary><c>Default</c>: every known node without parameters of its own or of its role.</summary>
    Default,

    /// <summary><c>Global</c>: cloud-init data every node sees under <c>Global</c>.</summary>
    Global,

    /// <summary><c>Unknown-&lt;arch&gt;</c>: what nodes SMD does not know boot, by iPXE architecture.</summary>
    Unknown,

    /// <summary>An SMD Role or SubRole, or another name (a host name) matched exactly.</summary>
    Tag,
}
