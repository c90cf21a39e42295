using Microsoft.AspNetCore.Builder;

namespace SysMgmt.ServiceDefaults.Http;

public static class TrailingSlashMiddleware
{
    /// <summary>
    /// Treats <c>/a/b/</c> as <c>/a/b</c>. Existing clients call collection routes with a trailing slash
    /// (cloud-init uses <c>/hsm/v2/Inventory/EthernetInterfaces/</c>), and a redirect would cost a round trip.
    /// </summary>
    public static IApplicationBuilder UseTrailingSlashTolerance(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is { Length: > 1 } && path[^1] == '/')
            {
                context.Request.Path = new(path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/");
            }

            return next(context);
        });
}
