using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// BMC credentials kept encrypted in a <see cref="SecretsFile"/> under a <see cref="MasterKey"/>, readable and
/// writable by magellan with the same key. <c>default</c> holds the credentials of every BMC without its own entry.
/// </summary>
public sealed class SecretStore(SecretsFile file, MasterKey masterKey)
{
    /// <summary>The ID whose credentials apply to every BMC that has no entry of its own.</summary>
    public const string DefaultId = "default";

    public SecretsFile File { get; } = file;

    /// <summary>Encrypts <paramref name="credentials"/> under <paramref name="id"/>, replacing any entry of that ID.</summary>
    public Task StoreAsync(string id, RedfishCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var encrypted = SecretCipher.Encrypt(masterKey, id, StoredCredentials.Serialize(credentials));
        return File.UpdateAsync(entries => entries[id] = encrypted, cancellationToken);
    }

    /// <summary>The file as it is now, to decrypt entries from (a thousand BMCs read the file once).</summary>
    public async Task<SecretSnapshot> LoadAsync(CancellationToken cancellationToken) =>
        new(await File.ReadAsync(cancellationToken), masterKey);
}
