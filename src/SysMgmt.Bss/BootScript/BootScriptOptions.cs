namespace SysMgmt.Bss.BootScript;

/// <summary>
/// How boot scripts look (section <c>Bss:BootScript</c>). The defaults give HPE CSM's script; OpenCHAMI's is
/// <c>ImageStat=false</c> and <c>BootIf=true</c>.
/// </summary>
public sealed class BootScriptOptions
{
    /// <summary>Add <c>imgstat</c> after the initrd line, so the console shows what was loaded (CSM ≥ 1.27).</summary>
    public bool ImageStat { get; set; } = true;

    /// <summary>Add <c>BOOTIF=01-&lt;mac&gt;</c> for the requesting MAC, so dracut uses the NIC that booted (OpenCHAMI).</summary>
    public bool BootIf { get; set; }

    /// <summary>
    /// How often a known node may retry a failed boot before its script stops chaining and prints why on the
    /// console. 0 means never give up (the anchors' behaviour).
    /// </summary>
    public int MaxRetries { get; set; } = 10;
}
