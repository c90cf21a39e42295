namespace SysMgmt.ServiceDefaults.Authentication;

public static class BearerTokenDefaults
{
    /// <summary>The authentication scheme name, also the challenge in <c>WWW-Authenticate</c>.</summary>
    public const string AuthenticationScheme = "Bearer";
}
