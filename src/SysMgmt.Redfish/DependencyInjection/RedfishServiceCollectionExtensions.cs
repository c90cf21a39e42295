using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SysMgmt.Redfish;

namespace Microsoft.Extensions.DependencyInjection;

public static class RedfishServiceCollectionExtensions
{
    /// <summary>Registers <see cref="RedfishClientFactory"/> with <see cref="RedfishClientOptions"/> bound from the <c>Redfish</c> section.</summary>
    public static IServiceCollection AddRedfishClient(this IServiceCollection services)
    {
        services.AddOptions<RedfishClientOptions>()
            .BindConfiguration(RedfishClientOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedfishClientOptions>, RedfishClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RedfishClientFactory>();
        return services;
    }
}
