using Microsoft.AspNetCore.Authentication;
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
    // A JWKS is a few kilobytes; the limits keep a slow or hostile issuer from holding requests or memory.
    private static readonly TimeSpan s_jwksTimeout = TimeSpan.FromSeconds(10);
    private const long MaxJwksBytes = 1024 * 1024;

    public static TBuilder AddSysMgmtAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;

        // No DataAnnotations: whether Issuer and a key are required depends on InsecureNoAuth, so the validator decides.
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(JwksSigningKeySource.HttpClientName, client =>
        {
            client.Timeout = s_jwksTimeout;
            client.MaxResponseContentBufferSize = MaxJwksBytes;
        });
        services.TryAddSingleton<ISigningKeySource>(CreateSigningKeySource);
        services.TryAddSingleton<BearerTokenValidator>();

        services.AddAuthentication(BearerTokenDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenDefaults.AuthenticationScheme, configureOptions: null);

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
        new AuthorizationPolicyBuilder(BearerTokenDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .AddRequirements(requirement)
            .Build();

    private static ISigningKeySource CreateSigningKeySource(IServiceProvider services) =>
        string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<AuthOptions>>().Value.JwksUrl)
            ? ActivatorUtilities.CreateInstance<StaticSigningKeySource>(services)
            : ActivatorUtilities.CreateInstance<JwksSigningKeySource>(services);
}
