using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.NodeIndex;
using SysMgmt.Bss.Telemetry;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Logging;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Bss.CloudInit;

/// <summary>
/// The cloud-init NoCloud routes at the root (cloud-init appends <c>meta-data</c> etc. to the <c>ds=…;s=</c>
/// URL): <c>/meta-data</c>, <c>/user-data</c>, <c>/vendor-data</c>, <c>/phone-home</c>. Public: the node is
/// identified by its address.
/// </summary>
internal static class CloudInitApi
{
    public static IEndpointRouteBuilder MapCloudInitApi(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("").WithTags("CloudInit").AllowAnonymous().WithQuietRequestLog();
        routes.MapGet("/meta-data", GetMetaData).WithSummary("Cloud-init meta-data of the node at the caller's address (JSON)")
            .WithQueryParameter("key", "a dotted path (a.b.c) selecting one value");
        routes.MapGet("/user-data", GetUserData).WithSummary("Cloud-init user-data of the node at the caller's address (#cloud-config); with the node's referral token, its secrets too")
            .WithQueryParameter("token", "the node's referral token (also accepted in the BSS-Referral-Token header)");
        routes.MapGet("/vendor-data", GetVendorData).WithSummary("Cloud-init vendor-data: the Global entry's user-data");
        routes.MapPost("/phone-home", PostPhoneHome).WithSummary("Cloud-init phone-home: stores the node's host keys and names in its own entry");
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetMetaData(
        HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses, BssMetrics metrics)
    {
        var key = context.Request.Query["key"].FirstOrDefault(k => !string.IsNullOrEmpty(k));
        var node = cloudInit.Identify(addresses.Resolve(context));
        var metaData = cloudInit.MetaData(node, key);
        metrics.CloudInit("meta-data", Outcome(node, metaData.Problem));
        return metaData.Problem is { } problem ? problem.ToResult() : TypedResults.Text(metaData.Value!, "application/json; charset=utf-8");
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetUserData(
        HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses, BssMetrics metrics)
    {
        var token = context.Request.Query["token"].FirstOrDefault(t => !string.IsNullOrEmpty(t))
            ?? context.Request.Headers[BootParametersApi.ReferralTokenHeader].FirstOrDefault(t => !string.IsNullOrEmpty(t));
        var node = cloudInit.Identify(addresses.Resolve(context));
        var userData = cloudInit.UserData(node, token);
        metrics.CloudInit("user-data", Outcome(node, userData.Problem));
        return userData.Problem is { } problem ? problem.ToResult() : TypedResults.Text(userData.Value!, "text/yaml; charset=utf-8");
    }

    private static ContentHttpResult GetVendorData(HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses, BssMetrics metrics)
    {
        metrics.CloudInit("vendor-data", Outcome(cloudInit.Identify(addresses.Resolve(context)), problem: null));
        return TypedResults.Text(cloudInit.VendorData(), "text/yaml; charset=utf-8");
    }

    /// <summary>cloud-init's phone_home module posts form fields; the anchors read JSON. Both work.</summary>
    private static async Task<Results<Ok<BootParamsResponse>, ProblemHttpResult>> PostPhoneHome(
        HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses, BssMetrics metrics, CancellationToken cancellationToken)
    {
        var report = await ReadReportAsync(context.Request, cancellationToken);
        if (report.ContainsNul)
        {
            return Problem.BadRequest("phone-home fields must not contain NUL characters").ToResult();
        }

        var node = cloudInit.Identify(addresses.Resolve(context));
        var stored = await cloudInit.PhoneHomeAsync(node, report, cancellationToken);
        metrics.CloudInit("phone-home", Outcome(node, stored.Problem));
        return stored.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(stored.Value!);
    }

    private static CloudInitOutcome Outcome(NodeRecord? node, Problem? problem) =>
        problem is not null ? CloudInitOutcome.Refused : node is null ? CloudInitOutcome.Unknown : CloudInitOutcome.Known;

    private static async Task<PhoneHome> ReadReportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            string Field(string name) => form[name].FirstOrDefault() ?? "";
            return new PhoneHome
            {
                PubKeyDsa = Field("pub_key_dsa"),
                PubKeyRsa = Field("pub_key_rsa"),
                PubKeyEcdsa = Field("pub_key_ecdsa"),
                PubKeyEd25519 = Field("pub_key_ed25519"),
                InstanceId = Field("instance_id"),
                Hostname = Field("hostname"),
                Fqdn = Field("fqdn"),
            };
        }

        return await JsonBody<PhoneHome>.ReadAsync(request.HttpContext);
    }
}
