using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// The credentials to use for one BMC and where they came from, or why there are none. <see cref="ToString"/> and
/// <see cref="Source"/> never show the password.
/// </summary>
public sealed record CredentialResolution
{
    private CredentialResolution(RedfishCredentials? credentials, string? secretId, string? problem)
    {
        Credentials = credentials;
        SecretId = secretId;
        Problem = problem;
    }

    /// <summary>The credentials, or null when there are none (see <see cref="Problem"/>).</summary>
    public RedfishCredentials? Credentials { get; }

    /// <summary>The secrets-file entry that was used, or null when only the command line gave them.</summary>
    public string? SecretId { get; }

    /// <summary>Why there are no credentials, for the user: "no credentials for …", "cannot decrypt secret …".</summary>
    public string? Problem { get; }

    public bool IsResolved => Credentials is not null;

    /// <summary>Where the credentials came from, for messages: <c>secret 'default'</c>, <c>command line</c>, or both.</summary>
    public string Source => SecretId is null ? "command line" : $"secret '{SecretId}'";

    internal static CredentialResolution Found(RedfishCredentials credentials, string? secretId) => new(credentials, secretId, null);

    internal static CredentialResolution Failed(string problem) => new(null, null, problem);

    public override string ToString() => IsResolved ? $"{Credentials} from {Source}" : Problem!;
}
