namespace SysMgmt.Cli;

/// <summary>Every exit code of the sysmgmt command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line is wrong (System.CommandLine uses 1 for its own parse errors too).</summary>
    public const int InvalidUsage = 1;

    /// <summary>The command could not do its work: a mockup that cannot be read, an address already in use.</summary>
    public const int Unavailable = 2;

    /// <summary>The command ran, but part of its work failed: a BMC that refused or did not answer (see the final table).</summary>
    public const int Failed = 3;

    /// <summary>A bug: an exception sysmgmt did not expect (printed in full; EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl-C or SIGTERM before the end (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
