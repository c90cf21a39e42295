using Microsoft.Extensions.Options;

namespace SysMgmt.Smd.Credentials;

/// <summary>Exactly one key source, and every key 32 bytes of base64. Reports all problems at once.</summary>
internal sealed class CredentialOptionsValidator : IValidateOptions<CredentialOptions>
{
    public ValidateOptionsResult Validate(string? name, CredentialOptions options)
    {
        var errors = new List<string>();
        var hasKey = !string.IsNullOrWhiteSpace(options.Key);
        var hasFile = !string.IsNullOrWhiteSpace(options.KeyFile);
        if (hasKey == hasFile)
        {
            errors.Add($"set exactly one of {CredentialOptions.SectionName}:Key and {CredentialOptions.SectionName}:KeyFile " +
                "(32 random bytes as base64, e.g. `openssl rand -base64 32`); SMD encrypts BMC passwords with it");
        }
        else if (hasFile && !File.Exists(options.KeyFile))
        {
            errors.Add($"{CredentialOptions.SectionName}:KeyFile '{options.KeyFile}' does not exist");
        }
        else if (hasKey && !CredentialKey.TryParse(options.Key, out _))
        {
            errors.Add($"{CredentialOptions.SectionName}:Key is not 32 bytes of base64");
        }

        for (var i = 0; i < options.PreviousKeys.Count; i++)
        {
            if (!CredentialKey.TryParse(options.PreviousKeys[i], out _))
            {
                errors.Add($"{CredentialOptions.SectionName}:PreviousKeys:{i} is not 32 bytes of base64");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
