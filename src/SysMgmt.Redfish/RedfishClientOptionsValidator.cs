using Microsoft.Extensions.Options;

namespace SysMgmt.Redfish;

/// <summary>Rules across <see cref="RedfishClientOptions"/> fields, all reported at once.</summary>
public sealed class RedfishClientOptionsValidator : IValidateOptions<RedfishClientOptions>
{
    public ValidateOptionsResult Validate(string? name, RedfishClientOptions options)
    {
        var errors = new List<string>();
        if (options.Insecure && options.CaBundlePath is not null)
        {
            errors.Add("Redfish:Insecure and Redfish:CaBundlePath contradict each other: set one");
        }

        if (options.CaBundlePath is not null && !File.Exists(options.CaBundlePath))
        {
            errors.Add($"Redfish:CaBundlePath '{options.CaBundlePath}' does not exist");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.BmcDeadline <= TimeSpan.Zero)
        {
            errors.Add("Redfish:RequestTimeout and Redfish:BmcDeadline must be positive");
        }

        if (options.MaxConcurrentRequestsPerBmc < 1)
        {
            errors.Add("Redfish:MaxConcurrentRequestsPerBmc must be at least 1");
        }

        if (options.MaxRetries < 0)
        {
            errors.Add("Redfish:MaxRetries must not be negative");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
