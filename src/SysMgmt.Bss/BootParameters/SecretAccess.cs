using Microsoft.AspNetCore.Authorization;
using SysMgmt.ServiceDefaults.Authentication;

namespace SysMgmt.Bss.BootParameters;

/// <summary>Secret user-data is shown only to callers that may also change it (the write scope).</summary>
internal static class SecretAccess
{
    public static async Task<bool> MaySeeSecretsAsync(HttpContext context) =>
        (await context.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, AuthPolicies.Write)).Succeeded;
}
