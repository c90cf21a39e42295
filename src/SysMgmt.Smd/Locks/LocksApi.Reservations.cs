using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.ServiceDefaults.Authentication;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// <c>/hsm/v2/locks/reservations</c> (an administrator's: the component locked, no expiry) and
/// <c>/hsm/v2/locks/service/reservations</c> (a service's: the component unlocked, expiring, renewable).
/// </summary>
internal static partial class LocksApi
{
    private static void MapReservations(RouteGroupBuilder locks)
    {
        locks.MapPost("/reservations", ReserveAsAdmin).Accepts<LockFilterRequest>(Json).MayRefuse().WithSummary("Reserve locked components with no expiry");
        locks.MapPost("/reservations/release", Release).Accepts<ReservationKeysRequest>(Json).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Release reservations by their reservation keys");
        locks.MapPost("/reservations/remove", Remove).Accepts<LockFilterRequest>(Json).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Remove the reservations of components without their keys (no selection: all)");
        locks.MapPost("/service/reservations", ReserveAsService).Accepts<LockFilterRequest>(Json).MayRefuse().WithSummary("Reserve unlocked components for ReservationDuration minutes");
        locks.MapPost("/service/reservations/check", Check).Accepts<DeputyKeysRequest>(Json).RequireAuthorization(AuthPolicies.Read)
            .WithSummary("Check which deputy keys prove a reservation still held (read scope)");
        locks.MapPost("/service/reservations/release", Release).Accepts<ReservationKeysRequest>(Json).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Release reservations by their reservation keys");
        locks.MapPost("/service/reservations/renew", Renew).Accepts<ReservationKeysRequest>(Json).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Renew service reservations for ReservationDuration minutes from now");
    }

    /// <summary>ReservationDuration is ignored: an administrator's reservation never expires (as in the anchors).</summary>
    private static Task<Results<Ok<ReservationResult<ReservationGrant>>, ProblemHttpResult>> ReserveAsAdmin(
        JsonBody<LockFilterRequest> body, LockRequestParser parser, ReservationService reservations, CancellationToken cancellationToken) =>
        AnswerAsync(parser.ParseSelection(body.Value, requireSelector: true), selection => reservations.ReserveAsync(selection, null, cancellationToken));

    private static Task<Results<Ok<ReservationResult<ReservationGrant>>, ProblemHttpResult>> ReserveAsService(
        JsonBody<LockFilterRequest> body, LockRequestParser parser, ReservationService reservations, CancellationToken cancellationToken)
    {
        var duration = LockRequestParser.ParseDuration(body.Value.ReservationDuration);
        return duration.Problem is { } invalid
            ? Task.FromResult<Results<Ok<ReservationResult<ReservationGrant>>, ProblemHttpResult>>(invalid.ToResult())
            : AnswerAsync(parser.ParseSelection(body.Value, requireSelector: true),
                selection => reservations.ReserveAsync(selection, TimeSpan.FromMinutes(duration.Value), cancellationToken));
    }

    /// <summary>The component filter body; an empty one removes every reservation, as the API documents.</summary>
    private static Task<Results<Ok<LockUpdateResult>, ProblemHttpResult>> Remove(
        JsonBody<LockFilterRequest> body, LockRequestParser parser, ReservationService reservations, CancellationToken cancellationToken) =>
        AnswerAsync(parser.ParseSelection(body.Value, requireSelector: false), selection => reservations.RemoveAsync(selection, cancellationToken));

    private static Task<Results<Ok<LockUpdateResult>, ProblemHttpResult>> Release(
        JsonBody<ReservationKeysRequest> body, ReservationService reservations, CancellationToken cancellationToken) =>
        AnswerAsync(ParseKeys(body.Value, renewing: false), keys => reservations.ReleaseAsync(keys.Keys, keys.Model, cancellationToken));

    private static Task<Results<Ok<LockUpdateResult>, ProblemHttpResult>> Renew(
        JsonBody<ReservationKeysRequest> body, ReservationService reservations, CancellationToken cancellationToken) =>
        AnswerAsync(ParseKeys(body.Value, renewing: true), keys => reservations.RenewAsync(keys.Keys, keys.Model, keys.Duration, cancellationToken));

    private static Task<Results<Ok<ReservationResult<ReservationHolding>>, ProblemHttpResult>> Check(
        JsonBody<DeputyKeysRequest> body, ReservationService reservations, CancellationToken cancellationToken) =>
        AnswerAsync(LockRequestParser.ParseKeys("DeputyKeys", body.Value.DeputyKeys, ReservationKeys.DeputyMarker),
            async keys => (Outcome<ReservationResult<ReservationHolding>>)await reservations.CheckAsync(keys, cancellationToken));

    private static Outcome<KeyedRequest> ParseKeys(ReservationKeysRequest body, bool renewing)
    {
        var model = LockRequestParser.ParseModel(body.ProcessingModel);
        var duration = renewing ? LockRequestParser.ParseDuration(body.ReservationDuration) : 0;
        var keys = LockRequestParser.ParseKeys("ReservationKeys", body.ReservationKeys, ReservationKeys.ReservationMarker);
        return model.Problem ?? duration.Problem ?? keys.Problem
            ?? (Outcome<KeyedRequest>)new KeyedRequest(keys.Value!, model.Value, TimeSpan.FromMinutes(duration.Value));
    }

    private sealed record KeyedRequest(List<KeyedComponent> Keys, ProcessingModel Model, TimeSpan Duration);
}
