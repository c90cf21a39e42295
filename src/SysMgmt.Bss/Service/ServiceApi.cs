using SysMgmt.ServiceDefaults.Data;
using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.NodeIndex;

namespace SysMgmt.Bss.Service;

/// <summary>
/// <c>/boot/v1/service/*</c> (public probes, in OpenCHAMI's explicit form), <c>/boot/v1/dumpstate</c> (needs a
/// token), <c>/boot/v1/scn</c> and the <c>/boot/v1</c> greeting. Failed checks answer 503, not the anchors' 500.
/// </summary>
internal static class ServiceApi
{
    private static readonly string s_version =
        typeof(ServiceApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    public static IEndpointRouteBuilder MapServiceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/boot/v1", () => TypedResults.Text("Hello World!")).WithTags("Service").AllowAnonymous().WithSummary("Answers Hello World! (the anchors' root route)");
        var service = app.MapGroup("/boot/v1/service").WithTags("Service").AllowAnonymous();
        service.MapGet("/status", () => TypedResults.Ok(new ServiceStatus { Status = "running" })).WithSummary("Service status: running");
        service.MapGet("/version", () => TypedResults.Ok(new ServiceStatus { Version = s_version })).WithSummary("Service version");
        service.MapGet("/hsm", GetHsmStatus).WithSummary("Whether SMD answers");
        service.MapGet("/storage/status", GetStorageStatus).WithSummary("Whether the database answers");
        service.MapGet("/status/all", GetAllStatus).WithSummary("Status, version, SMD and database at once");

        app.MapGet("/boot/v1/dumpstate", GetDumpState).WithTags("Service").WithSummary("Every boot parameter entry and the node index, for debugging");
        app.MapPost("/boot/v1/scn", (NodeDirectory directory) =>
        {
            // A state change notification (HMNFD): read SMD again soon, in the background.
            directory.RequestRefresh();
            return TypedResults.Ok();
        }).WithTags("Service").WithSummary("A state change notification: read SMD again soon");
        return app;
    }

    private static async Task<Results<Ok<ServiceStatus>, JsonHttpResult<ServiceStatus>>> GetHsmStatus(SmdClient smd, CancellationToken cancellationToken) =>
        Answer(new ServiceStatus { Hsm = await smd.IsReachableAsync(cancellationToken) ? "connected" : "error" });

    private static async Task<Results<Ok<ServiceStatus>, JsonHttpResult<ServiceStatus>>> GetStorageStatus(DatabasePing database, CancellationToken cancellationToken) =>
        Answer(new ServiceStatus { Storage = await StorageAsync(database, cancellationToken) });

    private static async Task<Results<Ok<ServiceStatus>, JsonHttpResult<ServiceStatus>>> GetAllStatus(
        SmdClient smd, DatabasePing database, CancellationToken cancellationToken) =>
        Answer(new ServiceStatus
        {
            Status = "running",
            Version = s_version,
            Hsm = await smd.IsReachableAsync(cancellationToken) ? "connected" : "error",
            Storage = await StorageAsync(database, cancellationToken),
        });

    private static async Task<Ok<DumpState>> GetDumpState(HttpContext context, NodeDirectory directory, BootParametersQuery query) =>
        TypedResults.Ok(new DumpState(
            [.. directory.Current.Nodes.Select(HostInfo.From)],
            query.All(await SecretAccess.MaySeeSecretsAsync(context))));

    private static async Task<StorageStatus> StorageAsync(DatabasePing database, CancellationToken cancellationToken) =>
        new("postgres", await database.FailureAsync(cancellationToken) is null ? "connected" : "error");

    private static Results<Ok<ServiceStatus>, JsonHttpResult<ServiceStatus>> Answer(ServiceStatus status) =>
        status.Hsm == "error" || status.Storage?.Status == "error"
            ? TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(status);

    internal sealed record ServiceStatus
    {
        [JsonPropertyName("bss-status")]
        public string? Status { get; init; }

        [JsonPropertyName("bss-version")]
        public string? Version { get; init; }

        [JsonPropertyName("bss-status-hsm")]
        public string? Hsm { get; init; }

        [JsonPropertyName("bss-storage-backend")]
        public StorageStatus? Storage { get; init; }
    }

    internal sealed record StorageStatus([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("status")] string Status);

    internal sealed record DumpState(IReadOnlyList<HostInfo> Components, IReadOnlyList<BootParamsResponse> Params);
}
