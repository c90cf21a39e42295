using System.CommandLine;
using SysMgmt.Discovery.Smd;

namespace SysMgmt.Cli.Commands.Smd;

/// <summary>
/// How a command reaches SMD: its URL and a token. The token comes from <c>--token</c>, else <c>--token-file</c>,
/// else <c>SYSMGMT_TOKEN</c>, else magellan's <c>ACCESS_TOKEN</c>; with none, requests go without one (an SMD
/// started with --insecure-no-auth). Each command adds its own instances of the options.
/// </summary>
internal sealed class SmdConnection(CliEnvironment environment)
{
    public const string DefaultUrl = "http://127.0.0.1:27779";

    /// <summary>The gRPC endpoint scripts/up gives SMD (docs/grpc.md).</summary>
    public const string DefaultGrpcUrl = "http://127.0.0.1:27780";

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token for SMD (default: --token-file, $SYSMGMT_TOKEN, $ACCESS_TOKEN)",
    };

    public Option<FileInfo?> TokenFile { get; } = new("--token-file")
    {
        Description = "File holding the bearer token for SMD (scripts/up writes .sysmgmt/admin.token)",
    };

    public Option<FileInfo?> CaFile { get; } = new("--smd-cacert")
    {
        Description = "PEM bundle that SMD's TLS certificate must chain to",
    };

    public IEnumerable<Option> Options => [Token, TokenFile, CaFile];

    /// <summary>The SMD URL given (or <see cref="DefaultUrl"/>, or <c>SYSMGMT_SMD_URL</c>), checked.</summary>
    public bool TryParseUrl(string? value, out Uri url, out string error) =>
        TryParse(value, "SYSMGMT_SMD_URL", DefaultUrl, "an SMD URL", out url, out error);

    /// <summary>SMD's gRPC URL given (or <see cref="DefaultGrpcUrl"/>, or <c>SYSMGMT_SMD_GRPC_URL</c>), checked.</summary>
    public bool TryParseGrpcUrl(string? value, out Uri url, out string error) =>
        TryParse(value, "SYSMGMT_SMD_GRPC_URL", DefaultGrpcUrl, "SMD's gRPC URL", out url, out error);

    private bool TryParse(string? value, string variable, string fallback, string what, out Uri url, out string error)
    {
        var text = value is { Length: > 0 } ? value : environment[variable] ?? fallback;
        if (Uri.TryCreate(text, UriKind.Absolute, out url!) && url.Scheme is "http" or "https")
        {
            error = "";
            return true;
        }

        error = $"'{text}' is not {what}: expected http(s)://host[:port]";
        return false;
    }

    public bool TryCreateOptions(ParseResult parseResult, Uri url, out SmdClientOptions options, out string error)
    {
        options = null!;
        string? token = parseResult.GetValue(Token);
        if (token is null && parseResult.GetValue(TokenFile) is { } file)
        {
            try
            {
                token = File.ReadAllText(file.FullName).Trim();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error = $"cannot read the token file {file.FullName}: {exception.Message}";
                return false;
            }
        }

        token ??= environment["SYSMGMT_TOKEN"] ?? environment["ACCESS_TOKEN"];
        var caFile = parseResult.GetValue(CaFile);
        if (caFile is { Exists: false })
        {
            error = $"the SMD CA file {caFile.FullName} does not exist";
            return false;
        }

        options = new SmdClientOptions { BaseUri = url, Token = token, CaFile = caFile?.FullName };
        error = "";
        return true;
    }
}
