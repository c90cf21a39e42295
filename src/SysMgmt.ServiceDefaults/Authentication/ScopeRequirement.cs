using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Requires the read or the write scope. The fallback policy uses <see cref="ByMethod"/>: safe methods read,
/// everything else writes. Scope names are resolved from <see cref="AuthOptions"/> when the requirement is checked.
/// </summary>
internal sealed class ScopeRequirement : IAuthorizationRequirement
{
    private readonly ScopeAccess? _access;

    private ScopeRequirement(ScopeAccess? access) => _access = access;

    public static ScopeRequirement Read { get; } = new(ScopeAccess.Read);

    public static ScopeRequirement Write { get; } = new(ScopeAccess.Write);

    public static ScopeRequirement ByMethod { get; } = new(null);

    /// <summary>The access this request needs; without a request to look at, the stricter one.</summary>
    public ScopeAccess AccessFor(HttpRequest? request) => _access ?? (request?.Method switch
    {
        { } method when HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) => ScopeAccess.Read,
        _ => ScopeAccess.Write,
    });
}
