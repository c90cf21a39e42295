using System.Text.Json;
using SysMgmt.Bss.IntegrationTests.Infrastructure;
using SysMgmt.Testing.OpenApi;
using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests;

/// <summary>BSS's served OpenAPI document, against the CSM and OpenCHAMI BSS specs and OpenCHAMI's cloud-init spec.</summary>
public sealed class OpenApiDocumentTests(OpenApiDocumentTests.Stack stack) : IClassFixture<OpenApiDocumentTests.Stack>
{
    public sealed class Stack(PostgresServerFixture postgres) : BssStack(postgres);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> DocumentAsync()
    {
        using var anonymous = stack.BssClient(scope: null);
        return await OpenApiAssert.ReadDocumentAsync(anonymous);
    }

    [Fact]
    public async Task Document_EveryOperation_HasSummaryAndProblemResponses()
    {
        OpenApiAssert.EveryOperationIsDescribed(await DocumentAsync());
    }

    [Fact]
    public async Task Document_BootScript_DocumentsItsQueryAndIsPublic()
    {
        var bootScript = (await DocumentAsync()).GetProperty("paths").GetProperty("/boot/v1/bootscript").GetProperty("get");

        Assert.False(bootScript.TryGetProperty("security", out _));
        Assert.Equal(["mac", "name", "nid", "arch", "retry", "ts", "json"],
            bootScript.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
    }

    [Fact]
    public async Task Document_EveryAnchorRoute_IsServedOrListedAsNotImplemented()
    {
        OpenApiAssert.AnchorsAreServedOrExcused(
            ApiRouteSets.Served(await DocumentAsync()),
            ApiRouteSets.Anchor("bss-openapi.yaml", ""),
            ApiRouteSets.Anchor("bss-openapi-openchami.yaml", ""),
            ApiRouteSets.Anchor("openchami-cloud-init-openapi.yaml", ""));
    }
}
