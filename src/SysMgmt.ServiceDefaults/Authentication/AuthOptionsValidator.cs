using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>
/// Checks <see cref="AuthOptions"/> as a whole and reports every problem at once, so an operator fixes the
/// configuration in one round instead of one restart per mistake.
/// </summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    private const string Section = AuthOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        if (options.InsecureNoAuth)
        {
            // Deliberately off; UseSysMgmtAuthentication logs the warning.
            return ValidateOptionsResult.Success;
        }

        List<string> errors = [];
        if (!IsSet(options.Authority))
        {
            // An OIDC provider names its issuer in the discovery document; every other key source needs it stated.
            RequireText(errors, options.Issuer, nameof(AuthOptions.Issuer));
        }

        RequireText(errors, options.Audience, nameof(AuthOptions.Audience));
        ValidateKeySource(errors, options);
        ValidateScopes(errors, options);

        if (options.ClockSkew < TimeSpan.Zero)
        {
            errors.Add($"{Section}:{nameof(AuthOptions.ClockSkew)} must not be negative.");
        }

        if (options.JwksRefreshInterval <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:{nameof(AuthOptions.JwksRefreshInterval)} must be positive.");
        }
        else if (options.JwksRefreshInterval < BaseConfigurationManager.MinimumAutomaticRefreshInterval)
        {
            errors.Add($"{Section}:{nameof(AuthOptions.JwksRefreshInterval)} must be at least {BaseConfigurationManager.MinimumAutomaticRefreshInterval}.");
        }

        if (options.JwksMinimumRefreshInterval < TimeSpan.Zero)
        {
            errors.Add($"{Section}:{nameof(AuthOptions.JwksMinimumRefreshInterval)} must not be negative.");
        }
        else if (options.JwksMinimumRefreshInterval < BaseConfigurationManager.MinimumRefreshInterval)
        {
            errors.Add($"{Section}:{nameof(AuthOptions.JwksMinimumRefreshInterval)} must be at least {BaseConfigurationManager.MinimumRefreshInterval}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequireText(List<string> errors, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{Section}:{key} is required (or set {Section}:{nameof(AuthOptions.InsecureNoAuth)}=true to run without authentication).");
        }
    }

    private static void ValidateKeySource(List<string> errors, AuthOptions options)
    {
        var configured = new (string Key, string? Value)[]
            {
                (nameof(AuthOptions.Authority), options.Authority),
                (nameof(AuthOptions.JwksUrl), options.JwksUrl),
                (nameof(AuthOptions.PublicKeyPem), options.PublicKeyPem),
                (nameof(AuthOptions.PublicKeyFile), options.PublicKeyFile),
            }
            .Where(source => IsSet(source.Value))
            .Select(source => $"{Section}:{source.Key}")
            .ToList();

        switch (configured.Count)
        {
            case 0:
                errors.Add($"A signing key is required: set one of {Section}:{nameof(AuthOptions.Authority)}, {Section}:{nameof(AuthOptions.JwksUrl)}, "
                    + $"{Section}:{nameof(AuthOptions.PublicKeyPem)} or {Section}:{nameof(AuthOptions.PublicKeyFile)}.");
                return;
            case > 1:
                errors.Add($"Only one signing key source may be set, found {string.Join(" and ", configured)}.");
                return;
        }

        foreach (var (key, url) in new[] { (nameof(AuthOptions.Authority), options.Authority), (nameof(AuthOptions.JwksUrl), options.JwksUrl) })
        {
            if (IsSet(url) && !IsHttpUrl(url))
            {
                errors.Add($"{Section}:{key} must be an absolute http or https URL.");
            }
        }

        if (IsSet(options.PublicKeyPem) && !PublicKeyPem.IsValid(options.PublicKeyPem, out var pemError))
        {
            errors.Add($"{Section}:{nameof(AuthOptions.PublicKeyPem)} {pemError}.");
        }

        if (IsSet(options.PublicKeyFile))
        {
            ValidateKeyFile(errors, options.PublicKeyFile);
        }
    }

    private static void ValidateKeyFile(List<string> errors, string path)
    {
        const string Key = $"{Section}:{nameof(AuthOptions.PublicKeyFile)}";
        if (!File.Exists(path))
        {
            errors.Add($"{Key} '{path}' does not exist.");
        }
        else if (!PublicKeyPem.IsValid(File.ReadAllText(path), out var fileError))
        {
            errors.Add($"{Key} '{path}' {fileError}.");
        }
    }

    private static void ValidateScopes(List<string> errors, AuthOptions options)
    {
        foreach (var (scope, key) in new[] { (options.ReadScope, nameof(AuthOptions.ReadScope)), (options.WriteScope, nameof(AuthOptions.WriteScope)) })
        {
            if (string.IsNullOrEmpty(scope) || !scope.All(IsScopeCharacter))
            {
                errors.Add($"{Section}:{key} must be one non-empty word of printable ASCII without quotes or backslashes (RFC 6749 scope-token).");
            }
        }

        if (string.Equals(options.ReadScope, options.WriteScope, StringComparison.Ordinal))
        {
            errors.Add($"{Section}:{nameof(AuthOptions.ReadScope)} and {Section}:{nameof(AuthOptions.WriteScope)} must differ, "
                + "or every reader could write.");
        }
    }

    private static bool IsSet([NotNullWhen(true)] string? value) => !string.IsNullOrWhiteSpace(value);

    // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ); it is also quoted into WWW-Authenticate.
    private static bool IsScopeCharacter(char c) => c is >= '!' and <= '~' and not '"' and not '\\';

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
