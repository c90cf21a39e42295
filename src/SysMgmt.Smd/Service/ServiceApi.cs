using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Xnames;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Service;

/// <summary><c>/hsm/v2/service</c>: readiness, liveness and the enum value lists. All public.</summary>
internal static class ServiceApi
{
    public static IEndpointRouteBuilder MapServiceApi(this IEndpointRouteBuilder app)
    {
        var service = app.MapGroup("/hsm/v2/service").WithTags("Service").AllowAnonymous();
        service.MapGet("/ready", GetReady).WithSummary("Readiness: SMD and its database answer");
        service.MapGet("/liveness", () => TypedResults.NoContent()).WithSummary("Liveness: the process answers");
        service.MapGet("/values", (HmsVocabulary hms) => TypedResults.Ok(Values(hms))).WithSummary("Every HMS enumeration (Arch, Class, Flag, NetType, Role, SubRole, State, Type) and its values");
        service.MapGet("/values/{name}", GetValues).WithSummary("The values of one HMS enumeration");
        return app;
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> GetReady(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Ok(StatusMessage.Of("HSM is healthy"))
            : new Problem(StatusCodes.Status503ServiceUnavailable, "HSM's database is not reachable").ToResult();
    }

    private static Results<Ok<Dictionary<string, IReadOnlyList<string>>>, ProblemHttpResult> GetValues(string name, HmsVocabulary hms)
    {
        var values = Values(hms);
        var key = values.Keys.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
        return key is null
            ? Problem.NotFound($"no such value list '{name}'; expected one of {string.Join(", ", values.Keys.Select(k => k.ToLowerInvariant()))}").ToResult()
            : TypedResults.Ok(new Dictionary<string, IReadOnlyList<string>> { [key] = values[key] });
    }

    /// <summary>In a fixed order (the anchors' order changes per call), and each value once.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Values(HmsVocabulary hms) => new()
    {
        ["Arch"] = hms.Arch.Values,
        ["Class"] = hms.Class.Values,
        ["Flag"] = hms.Flag.Values,
        ["NetType"] = hms.NetType.Values,
        ["Role"] = hms.Role.Values,
        ["SubRole"] = hms.SubRole.Values,
        ["State"] = hms.State.Values,
        ["Type"] = XnameTypes.ServiceValueNames,
    };
}
