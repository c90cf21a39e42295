using System.Security.Cryptography;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Processes;
using SysMgmt.Testing.Secrets;

namespace SysMgmt.Discovery.IntegrationTests.Infrastructure;

/// <summary>
/// The sysmgmt command as a sysadmin runs it against an <see cref="EmulatedSite"/>: a magellan secrets file holding
/// the BMCs' account under <c>default</c> (written as magellan writes it), its MASTER_KEY in the environment, and a
/// token file for SMD, all in a temporary home. Nothing secret is ever on a command line.
/// </summary>
public sealed class Sysmgmt : IDisposable
{
    private readonly TemporaryDirectory _home = new();
    private readonly Dictionary<string, string> _secrets = [];

    public Sysmgmt(string? smdToken = null)
    {
        MasterKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        StoreSecret("default", EmulatedSite.Username, EmulatedSite.Password);
        if (smdToken is not null)
        {
            File.WriteAllText(TokenFile, smdToken);
        }
    }

    public string MasterKey { get; }

    public string SecretsFile => _home.File("secrets.json");

    public string TokenFile => _home.File("token");

    public string Cache => _home.File("scan-cache.json");

    public string Home => _home.Path;

    /// <summary>Adds a magellan secret (e.g. wrong credentials for one BMC, under its <c>https://host:port</c> ID).</summary>
    public void StoreSecret(string id, string username, string password)
    {
        _secrets[id] = MagellanSecrets.Encrypt(MasterKey, id, MagellanSecrets.BasicPlaintext(username, password));
        File.WriteAllText(SecretsFile, MagellanSecrets.FileText(_secrets));
    }

    public Task<CliProcess.Result> RunAsync(params string[] arguments) => CliProcess.RunAsync(arguments, new Dictionary<string, string>
    {
        ["MASTER_KEY"] = MasterKey,
        ["SYSMGMT_SECRETS_FILE"] = SecretsFile,
        ["HOME"] = _home.Path,
        ["XDG_STATE_HOME"] = _home.File("state"),
        ["XDG_CONFIG_HOME"] = _home.File("config"),
    });

    public void Dispose() => _home.Dispose();
}
