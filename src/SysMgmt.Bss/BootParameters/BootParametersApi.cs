using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Bss.BootParameters;

/// <summary>
/// <c>/boot/v1/bootparameters</c>: reading needs the read scope, writing the write scope (the shared fallback
/// policy). POST answers 201 and PUT 200, both with the new <c>BSS-Referral-Token</c> header.
/// </summary>
internal static class BootParametersApi
{
    public const string Path = "/boot/v1/bootparameters";
    public const string ReferralTokenHeader = "BSS-Referral-Token";

    public static IEndpointRouteBuilder MapBootParametersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).WithTags("BootParameters");
        group.MapGet("", GetBootParameters).WithSummary("List boot parameters, all or by name, MAC or NID")
            .WithQueryFilters("name", "mac", "nid");
        group.MapPost("", PostBootParameters).WithSummary("Create boot parameters (409 when an entry exists)");
        group.MapPut("", PutBootParameters).WithSummary("Create or replace boot parameters");
        group.MapPatch("", PatchBootParameters).WithSummary("Change some fields of existing boot parameters");
        group.MapDelete("", DeleteBootParameters).WithSummary("Delete boot parameters by name, MAC or NID")
            .WithQueryFilters("name", "mac", "nid");
        return app;
    }

    private static async Task<Results<Ok<List<BootParamsResponse>>, ProblemHttpResult>> GetBootParameters(
        HttpContext context, BootParametersQuery query)
    {
        var body = await JsonBody<BootParamsRequest>.ReadOptionalAsync(context);
        var secrets = await SecretAccess.MaySeeSecretsAsync(context);
        var parameters = context.Request.Query;
        if (body is null && !parameters.ContainsKey("name") && !parameters.ContainsKey("mac") && !parameters.ContainsKey("nid"))
        {
            return TypedResults.Ok(query.All(secrets));
        }

        var selected = query.Select(parameters, body, secrets);
        return selected.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(selected.Value!);
    }

    private static async Task<Results<Created, ProblemHttpResult>> PostBootParameters(
        JsonBody<BootParamsRequest> body, HttpResponse response, BootParametersService service, CancellationToken cancellationToken) =>
        await StoreAsync(body, response, change => service.CreateAsync(change, cancellationToken)) is { } problem
            ? problem.ToResult()
            : TypedResults.Created();

    private static async Task<Results<Ok, ProblemHttpResult>> PutBootParameters(
        JsonBody<BootParamsRequest> body, HttpResponse response, BootParametersService service, CancellationToken cancellationToken) =>
        await StoreAsync(body, response, change => service.ReplaceAsync(change, cancellationToken)) is { } problem
            ? problem.ToResult()
            : TypedResults.Ok();

    private static async Task<Results<Ok, ProblemHttpResult>> PatchBootParameters(
        JsonBody<BootParamsRequest> body, BootParametersService service, CancellationToken cancellationToken) =>
        (await Validated(body, change => service.PatchAsync(change, cancellationToken))).Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok();

    private static async Task<Results<Ok, ProblemHttpResult>> DeleteBootParameters(
        JsonBody<BootParamsRequest> body, BootParametersService service, CancellationToken cancellationToken) =>
        (await Validated(body, change => service.DeleteAsync(change, cancellationToken))).Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok();

    private static async Task<Outcome<T>> Validated<T>(JsonBody<BootParamsRequest> body, Func<BootParamsChange, Task<Outcome<T>>> write)
    {
        var change = BootParamsValidator.Validate(body.Value);
        return change.Problem is { } problem ? problem : await write(change.Value!);
    }

    /// <summary>POST and PUT: store, and hand out the new referral token (image-level writes have none).</summary>
    private static async Task<Problem?> StoreAsync(JsonBody<BootParamsRequest> body, HttpResponse response, Func<BootParamsChange, Task<Outcome<string?>>> store)
    {
        var stored = await Validated(body, store);
        if (stored.Problem is null && stored.Value is { } token)
        {
            response.Headers[ReferralTokenHeader] = token;
        }

        return stored.Problem;
    }
}
