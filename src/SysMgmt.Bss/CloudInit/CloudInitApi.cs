using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Bss.BootParameters;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

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
        var routes = app.MapGroup("").WithTags("CloudInit").AllowAnonymous();
        routes.MapGet("/meta-data", GetMetaData);
        routes.MapGet("/user-data", GetUserData);
        routes.MapGet("/vendor-data", GetVendorData);
        routes.MapPost("/phone-home", PostPhoneHome);
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetMetaData(HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses)
    {
        var key = context.Request.Query["key"].FirstOrDefault(k => !string.IsNullOrEmpty(k));
        var metaData = cloudInit.MetaData(cloudInit.Identify(addresses.Resolve(context)), key);
        return metaData.Problem is { } problem ? problem.ToResult() : TypedResults.Text(metaData.Value!, "application/json; charset=utf-8");
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetUserData(HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses)
    {
        var token = context.Request.Query["token"].FirstOrDefault(t => !string.IsNullOrEmpty(t))
            ?? context.Request.Headers[BootParametersApi.ReferralTokenHeader].FirstOrDefault(t => !string.IsNullOrEmpty(t));
        var userData = cloudInit.UserData(cloudInit.Identify(addresses.Resolve(context)), token);
        return userData.Problem is { } problem ? problem.ToResult() : TypedResults.Text(userData.Value!, "text/yaml; charset=utf-8");
    }

    private static ContentHttpResult GetVendorData(CloudInitService cloudInit) =>
        TypedResults.Text(cloudInit.VendorData(), "text/yaml; charset=utf-8");

    /// <summary>cloud-init's phone_home module posts form fields; the anchors read JSON. Both work.</summary>
    private static async Task<Results<Ok<BootParamsResponse>, ProblemHttpResult>> PostPhoneHome(
        HttpContext context, CloudInitService cloudInit, ClientAddressResolver addresses, CancellationToken cancellationToken)
    {
        var report = await ReadReportAsync(context.Request, cancellationToken);
        if (report.ContainsNul)
        {
            return Problem.BadRequest("phone-home fields must not contain NUL characters").ToResult();
        }

        var stored = await cloudInit.PhoneHomeAsync(cloudInit.Identify(addresses.Resolve(context)), report, cancellationToken);
        return stored.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(stored.Value!);
    }

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

        try
        {
            return await JsonSerializer.DeserializeAsync<PhoneHome>(request.Body, cancellationToken: cancellationToken)
                ?? throw new BadHttpRequestException("a JSON object body is required");
        }
        catch (JsonException exception)
        {
            throw new BadHttpRequestException(JsonErrorDescriber.Describe(exception), exception);
        }
    }
}
