using System.CommandLine;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>The <c>--smd-grpc</c> option: where SMD serves its inventory stream (HTTP/2; see docs/grpc.md).</summary>
internal sealed class InventoryAddress(CliEnvironment environment)
{
    public const string DefaultUrl = "http://127.0.0.1:27780";

    public Option<string?> Option { get; } = new("--smd-grpc")
    {
        Description = $"SMD's inventory gRPC URL (default: $SYSMGMT_SMD_GRPC_URL, else {DefaultUrl})",
    };

    public bool TryParse(ParseResult parseResult, out Uri url, out string error)
    {
        var text = parseResult.GetValue(Option) is { Length: > 0 } value ? value : environment["SYSMGMT_SMD_GRPC_URL"] ?? DefaultUrl;
        if (Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https")
        {
            error = "";
            return true;
        }

        error = $"'{text}' is not SMD's inventory URL: expected http(s)://host:port";
        return false;
    }
}
