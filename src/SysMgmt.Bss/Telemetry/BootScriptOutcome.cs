namespace SysMgmt.Bss.Telemetry;

internal enum BootScriptOutcome
{
    Known,
    Unknown,
    Disabled,
    RetryCapped,
}
