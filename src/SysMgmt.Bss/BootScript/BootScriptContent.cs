namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Everything a boot script shows. <see cref="GiveUpMessage"/> set means retries are used up: the script prints it
/// instead of chaining again.
/// </summary>
internal readonly record struct BootScriptContent(
    string Kernel,
    string Initrd,
    PreparedParameters Parameters,
    NodeParameters Node,
    bool ImageStat,
    int RetryDelay,
    ChainTarget Chain,
    string? GiveUpMessage = null);
