using System.Security.Claims;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// The scopes a token grants: <c>scope</c> is a space-delimited string (RFC 8693); <c>scp</c> is a string or an
/// array, which arrives as one claim per element.
/// </summary>
internal static class TokenScopes
{
    private static readonly string[] s_claimTypes = ["scope", "scp"];

    public static IReadOnlySet<string> Of(ClaimsPrincipal principal) =>
        principal.Claims
            .Where(claim => s_claimTypes.Contains(claim.Type, StringComparer.Ordinal))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
}
