using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SysMgmt.ServiceDefaults.Authentication;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// JWT bearer authentication and scope authorization for every SysMgmt service, secure by default: an endpoint without
/// its own auth metadata needs the read scope for GET/HEAD/OPTIONS and the write scope for anything else. Public
/// routes opt out with <c>.AllowAnonymous()</c>; explicit endpoints use <see cref="AuthPolicies"/>.
/// </summary>
public static partial class SysMgmtAuthenticationExtensions
{
    // A JWKS or discovery document is a few kilobytes; the limits keep a slow or hostile issuer from holding requests
    // or memory.
    private static readonly TimeSpan s_keyFetchTimeout = TimeSpan.FromSeconds(10);
    private const long MaxKeyDocumentBytes = 1024 * 1024;

    // IdentityModel refreshes keys in the background by default, so the request that carries a rotated key's token
    // is refused while the new key set is on its way. Blocking mode fetches it for that request (still at most once
    // per JwksMinimumRefreshInterval), as an operator rotating keys expects.
    private const string BlockingKeyRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    public static TBuilder AddSysMgmtAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;

        // No DataAnnotations: whether Issuer and a key are required depends on InsecureNoAuth, so the validator decides.
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());

        AppContext.SetSwitch(BlockingKeyRefreshSwitch, true);
        services.AddHttpClient(JwtBearerOptionsSetup.HttpClientName, client =>
        {
            client.Timeout = s_keyFetchTimeout;
            client.MaxResponseContentBufferSize = MaxKeyDocumentBytes;
        });
        services.TryAddSingleton<BearerTokenEvents>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<JwtBearerOptions>, JwtBearerOptionsSetup>());
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();

        var byMethod = ScopePolicy(ScopeRequirement.ByMethod);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Read, ScopePolicy(ScopeRequirement.Read))
            .AddPolicy(AuthPolicies.Write, ScopePolicy(ScopeRequirement.Write))
            .SetDefaultPolicy(byMethod)
            .SetFallbackPolicy(byMethod);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ScopeAuthorizationHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, InsecureNoAuthAuthorizationHandler>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationMiddlewareResultHandler, ScopeProblemResultHandler>());

        return builder;
    }

    /// <summary>
    /// Adds authentication and authorization to the pipeline (after routing, before the endpoints), and warns loudly
    /// when <c>Auth:InsecureNoAuth</c> is on.
    /// </summary>
    public static WebApplication UseSysMgmtAuthentication(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.InsecureNoAuth)
        {
            LogAuthenticationDisabled(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthOptions).Namespace!));
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static AuthorizationPolicy ScopePolicy(ScopeRequirement requirement) =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(requirement)
            .Build();
}
