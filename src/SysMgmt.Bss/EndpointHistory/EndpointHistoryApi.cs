using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Bss.EndpointHistory;

/// <summary>
/// <c>GET /boot/v1/endpoint-history?name=&amp;endpoint=</c>: when each node last fetched its boot script or
/// user-data. Accesses not yet written to PostgreSQL are included.
/// </summary>
internal static class EndpointHistoryApi
{
    public static IEndpointRouteBuilder MapEndpointHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/boot/v1/endpoint-history", GetHistory).WithTags("EndpointHistory").WithSummary("When nodes last fetched their boot script and user-data")
            .WithQueryParameter("name", "node xname (or host name)")
            .WithQueryParameter("endpoint", "bootscript or user-data");
        return app;
    }

    private static async Task<Ok<List<EndpointAccess>>> GetHistory(
        HttpRequest request, EndpointHistoryStore store, EndpointAccessRecorder recorder, CancellationToken cancellationToken)
    {
        var name = request.Query["name"].FirstOrDefault(v => !string.IsNullOrEmpty(v));
        EndpointKind? kind = null;
        if (request.Query["endpoint"].FirstOrDefault(v => !string.IsNullOrEmpty(v)) is { } endpoint)
        {
            // A filter that matches nothing gives an empty list, as in the anchors.
            if (!EndpointKinds.TryParse(endpoint, out var parsed))
            {
                return TypedResults.Ok(new List<EndpointAccess>());
            }

            kind = parsed;
        }

        var latest = (await store.ReadAsync(name, kind, cancellationToken)).ToDictionary(a => (a.Name, a.Endpoint));
        foreach (var ((pendingName, pendingKind), epoch) in recorder.Pending())
        {
            var key = (pendingName, pendingKind.WireName());
            if ((name is null || name == pendingName) && (kind is null || kind == pendingKind)
                && (!latest.TryGetValue(key, out var stored) || stored.LastEpoch < epoch))
            {
                latest[key] = new EndpointAccess(pendingName, key.Item2, epoch);
            }
        }

        return TypedResults.Ok(latest.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Endpoint, StringComparer.Ordinal).ToList());
    }
}
