using System.CommandLine;
using SysMgmt.Redfish;

namespace SysMgmt.Cli.Commands.Bmcs;

/// <summary>
/// How BMC certificates are checked, for every command that talks to BMCs: the system trust store by default,
/// <c>--cacert FILE</c> for a site CA, or <c>--insecure</c> (magellan's <c>-i</c>) for self-signed BMCs. Create
/// one per command.
/// </summary>
internal sealed class BmcTlsOptions(CliConsole console)
{
    public Option<FileInfo?> CaCert { get; } = new("--cacert")
    {
        Description = "Trust BMC certificates signed by the CAs in this PEM file (instead of the system store)",
        HelpName = "path",
    };

    public Option<bool> Insecure { get; } = new("--insecure", "-i")
    {
        Description = "Do not verify BMC certificates (self-signed BMCs); prefer --cacert",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(CaCert);
        command.Options.Add(Insecure);
    }

    /// <summary>Sets the TLS settings of <paramref name="options"/>; false after writing why to stderr.</summary>
    public bool TryApply(ParseResult parseResult, RedfishClientOptions options)
    {
        var caCert = parseResult.GetValue(CaCert);
        var insecure = parseResult.GetValue(Insecure);
        if (caCert is not null && insecure)
        {
            console.Error("--cacert and --insecure contradict each other: give one");
            return false;
        }

        if (caCert is not null && !caCert.Exists)
        {
            console.Error($"the CA file {caCert.FullName} does not exist");
            return false;
        }

        options.Insecure = insecure;
        options.CaBundlePath = caCert?.FullName;
        return true;
    }
}
