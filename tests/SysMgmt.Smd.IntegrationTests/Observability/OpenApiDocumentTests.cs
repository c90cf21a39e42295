using System.Net;
using System.Text.Json;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.OpenApi;

namespace SysMgmt.Smd.IntegrationTests.Observability;

/// <summary>SMD's served OpenAPI document and API reference, against the CSM/OpenCHAMI SMD spec.</summary>
public sealed class OpenApiDocumentTests(SmdFixture smd) : SmdTestBase(smd)
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var anonymous = Smd.CreateClient(scope: null);
        return await OpenApiAssert.ReadDocumentAsync(anonymous);
    }

    [Fact]
    public async Task Document_EveryOperation_HasSummaryAndProblemResponses()
    {
        OpenApiAssert.EveryOperationIsDescribed(await DocumentAsync());
    }

    [Fact]
    public async Task Document_PublicAndProtectedRoutes_SaySoAndDocumentFilters()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var list = paths.GetProperty("/hsm/v2/State/Components").GetProperty("get");
        var delete = paths.GetProperty("/hsm/v2/State/Components").GetProperty("delete");

        Assert.False(list.TryGetProperty("security", out _));
        Assert.True(delete.TryGetProperty("security", out _));
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "role" && p.GetProperty("in").GetString() == "query");
    }

    [Fact]
    public async Task Document_EveryAnchorRoute_IsServedOrListedAsNotImplemented()
    {
        OpenApiAssert.AnchorsAreServedOrExcused(ApiRouteSets.Served(await DocumentAsync()), ApiRouteSets.Anchor("smd-openapi.yaml", "/hsm/v2"));
    }

    [Fact]
    public async Task Reference_Scalar_IsServedWithoutToken()
    {
        using var anonymous = Smd.CreateClient(scope: null);

        using var response = await anonymous.GetAsync("/scalar/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }
}
