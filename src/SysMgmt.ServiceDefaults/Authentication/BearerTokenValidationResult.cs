using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// A validated identity, or why the token was rejected. <see cref="FailureReason"/> is safe to show the client: it is
/// one of our own fixed phrases and never echoes the token, the key or the library's message.
/// </summary>
internal sealed record BearerTokenValidationResult(ClaimsIdentity? Identity, string? FailureReason, string? FailureType)
{
    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    public static BearerTokenValidationResult Success(ClaimsIdentity identity) => new(identity, null, null);

    public static BearerTokenValidationResult Failure(string reason, Exception? cause = null) => new(null, reason, cause?.GetType().Name);
}
