using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.ServiceDefaults.Authentication;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.OpenApi;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// <c>/hsm/v2/locks</c>: administrative locks, the reservation ability, and lock status. Reservations are in the other
/// part of this class. Every answer is 200 with per-component results, as in the anchors, unless nothing was done:
/// 400 for a bad request, 404 when the request matches no component (or, rigid, names one that is not there), 409
/// when a rigid request finds a component in the wrong state.
/// </summary>
internal static partial class LocksApi
{
    public const string BasePath = "/hsm/v2/locks";

    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapLocksApi(this IEndpointRouteBuilder app)
    {
        var locks = app.MapGroup(BasePath).WithTags("Locks");
        locks.MapGet("/status", GetStatus).WithSummary("List the lock and reservation status of components, filtered")
            .WithQueryFilters("type", "state", "role", "subrole", "locked", "reserved", "reservationDisabled").ProducesProblem(StatusCodes.Status400BadRequest);
        locks.MapPost("/status", PostStatus).Accepts<LockFilterRequest>(Json).RequireAuthorization(AuthPolicies.Read).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get the lock and reservation status of the components a body names (read scope)");
        MapLockChange(locks, "/lock", (service, selection, ct) => service.LockAsync(selection, ct),
            "Lock components (not while reserved, locked already, or with reservations disabled)");
        MapLockChange(locks, "/unlock", (service, selection, ct) => service.UnlockAsync(selection, ct), "Unlock components");
        MapLockChange(locks, "/disable", (service, selection, ct) => service.DisableAsync(selection, ct),
            "Disable reservations on components, ending those they have");
        MapLockChange(locks, "/repair", (service, selection, ct) => service.RepairAsync(selection, ct), "Re-enable reservations on components");
        MapReservations(locks);
        return app;
    }

    /// <summary>Documents the 404 and 409 problems of a route that acts on components.</summary>
    private static RouteHandlerBuilder MayRefuse(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static Task<Results<Ok<LockStatusResult>, ProblemHttpResult>> GetStatus(
        HttpRequest request, LockRequestParser parser, LockService locks, CancellationToken cancellationToken) =>
        AnswerAsync(parser.ParseStatusQuery(request.Query.ToParameters()), selection => locks.StatusAsync(selection, mustMatch: false, cancellationToken));

    private static Task<Results<Ok<LockStatusResult>, ProblemHttpResult>> PostStatus(
        JsonBody<LockFilterRequest> body, LockRequestParser parser, LockService locks, CancellationToken cancellationToken) =>
        AnswerAsync(parser.ParseSelection(body.Value, requireSelector: false), selection => locks.StatusAsync(selection, mustMatch: true, cancellationToken));

    /// <summary>Lock, unlock, disable and repair: the same body, validation and answers, each its own operation.</summary>
    private static void MapLockChange(
        RouteGroupBuilder locks, string pattern, Func<LockService, LockSelection, CancellationToken, Task<Outcome<LockUpdateResult>>> operation, string summary) =>
        locks.MapPost(pattern, (JsonBody<LockFilterRequest> body, LockRequestParser parser, LockService service, CancellationToken cancellationToken) =>
                AnswerAsync(parser.ParseSelection(body.Value, requireSelector: true), selection => operation(service, selection, cancellationToken)))
            .Accepts<LockFilterRequest>(Json).MayRefuse().WithSummary(summary);

    /// <summary>The request's problem, the operation's problem, or 200 with its answer.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> AnswerAsync<TRequest, T>(Outcome<TRequest> request, Func<TRequest, Task<Outcome<T>>> run)
    {
        if (request.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        var outcome = await run(request.Value!);
        return outcome.Problem is { } refused ? refused.ToResult() : TypedResults.Ok(outcome.Value!);
    }
}
