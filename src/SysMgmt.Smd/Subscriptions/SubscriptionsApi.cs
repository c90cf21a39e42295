using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Subscriptions;

/// <summary><c>/hsm/v2/Subscriptions/SCN</c>: who is sent state-change notifications (docs/subscriptions.md).</summary>
internal static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var scn = app.MapGroup("/hsm/v2/Subscriptions/SCN").WithTags("SCN");
        scn.MapGet("", ListSubscriptions).WithSummary("List the state-change notification subscriptions");
        scn.MapPost("", CreateSubscription).WithSummary("Subscribe a URL to state-change notifications (the same Subscriber and Url updates that subscription)");
        scn.MapDelete("", DeleteAllSubscriptions).WithSummary("Delete every subscription");
        scn.MapGet("/{id}", GetSubscription).WithSummary("Get one subscription");
        scn.MapPut("/{id}", ReplaceSubscription).WithSummary("Replace one subscription").ProducesProblem(StatusCodes.Status409Conflict);
        scn.MapPatch("/{id}", PatchSubscription).WithSummary("Add, remove or replace the triggers of one subscription");
        scn.MapDelete("/{id}", DeleteSubscription).WithSummary("Delete one subscription");
        return app;
    }

    private static async Task<Ok<ScnSubscriptionArray>> ListSubscriptions(ScnSubscriptionService subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ScnSubscriptionArray(await subscriptions.ListAsync(cancellationToken)));

    private static async Task<Results<Ok<ScnSubscription>, ProblemHttpResult>> CreateSubscription(
        JsonBody<ScnSubscriptionRequest> body, ScnSubscriptionValidator validator, ScnSubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        var valid = validator.Validate(body.Value);
        return valid.Problem is { } invalid
            ? invalid.ToResult()
            : TypedResults.Ok(await subscriptions.CreateAsync(valid.Value!, cancellationToken));
    }

    private static async Task<Results<Ok<ScnSubscription>, ProblemHttpResult>> GetSubscription(
        string id, ScnSubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (ParseId(id, out var value) is { } invalidId)
        {
            return invalidId.ToResult();
        }

        return await subscriptions.FindAsync(value, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : ScnSubscriptionService.NotFound().ToResult();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ReplaceSubscription(
        string id, JsonBody<ScnSubscriptionRequest> body, ScnSubscriptionValidator validator, ScnSubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (ParseId(id, out var value) is { } invalidId)
        {
            return invalidId.ToResult();
        }

        var valid = validator.Validate(body.Value);
        if (valid.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        return (await subscriptions.ReplaceAsync(value, valid.Value!, cancellationToken)).Problem is { } problem
            ? problem.ToResult()
            : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PatchSubscription(
        string id, JsonBody<ScnSubscriptionPatchRequest> body, ScnSubscriptionValidator validator, ScnSubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (ParseId(id, out var value) is { } invalidId)
        {
            return invalidId.ToResult();
        }

        var valid = validator.Validate(body.Value);
        if (valid.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        return (await subscriptions.PatchAsync(value, valid.Value!, cancellationToken)).Problem is { } problem
            ? problem.ToResult()
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteSubscription(
        string id, ScnSubscriptionService subscriptions, CancellationToken cancellationToken)
    {
        if (ParseId(id, out var value) is { } invalidId)
        {
            return invalidId.ToResult();
        }

        return await subscriptions.DeleteAsync(value, cancellationToken) > 0
            ? TypedResults.Ok(StatusMessage.Of("Subscription deleted"))
            : ScnSubscriptionService.NotFound().ToResult();
    }

    private static async Task<Ok<StatusMessage>> DeleteAllSubscriptions(ScnSubscriptionService subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok(StatusMessage.Of($"{await subscriptions.DeleteAllAsync(cancellationToken)} Subscriptions deleted"));

    /// <summary>Subscription IDs are positive integers; anything else is a 400, as in the anchors.</summary>
    private static Problem? ParseId(string id, out long value) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0
            ? null
            : Problem.BadRequest($"Invalid id - {id}");
}
