using System.CommandLine;

namespace SysMgmt.Cli.Commands.Discover;

/// <summary><c>sysmgmt discover</c>: the verbs of magellan (scan, list, collect, crawl, send) under one command.</summary>
internal sealed class DiscoverCommand : Command
{
    public DiscoverCommand(ScanCommand scan, ListCommand list, CollectCommand collect, CrawlCommand crawl, SendCommand send)
        : base("discover", "Find BMCs on the network, walk their Redfish trees, and feed SMD")
    {
        foreach (var command in (Command[])[scan, list, collect, crawl, send])
        {
            Subcommands.Add(command);
        }
    }
}
