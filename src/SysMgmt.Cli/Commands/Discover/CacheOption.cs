using System.CommandLine;
using Spectre.Console;
using SysMgmt.Discovery.Cache;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary>The <c>--cache</c> option of the discover commands, and how its errors are told.</summary>
internal static class CacheOption
{
    /// <summary>A new option: commands must not share one instance (System.CommandLine parents each option once).</summary>
    public static Option<string> Create() => new("--cache")
    {
        Description = "The discovery cache file",
        DefaultValueFactory = _ => DiscoveryCache.DefaultPath,
    };

    /// <summary>The error, and what fixes it when the file is not a cache.</summary>
    public static void Report(CliConsole console, DiscoveryCacheException exception)
    {
        console.Error(exception.Message);
        if (exception.Corrupt)
        {
            console.Messages.WriteLine("Move the file away, or empty it with 'sysmgmt discover list --clear'.");
        }
    }
}
