namespace SysMgmt.Bss.Telemetry;

internal enum CloudInitOutcome
{
    Known,
    Unknown,
    Refused,
}
