namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Everything a boot script shows. <see cref="GiveUpMessage"/> set means retries are used up: the script prints it
/// instead of chaining again.
/// </summary>
internal sealed record BootScriptContent(
    string Kernel,
    string Initrd,
    string KernelParameters,
    bool ImageStat,
    int RetryDelay,
    string ChainUrl,
    string? GiveUpMessage = null);
