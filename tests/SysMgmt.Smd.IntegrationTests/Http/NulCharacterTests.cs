using System.Net;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Http;

namespace SysMgmt.Smd.IntegrationTests.Http;

/// <summary>PostgreSQL text cannot hold NUL: input carrying one is a 400, never a 500, on any route.</summary>
public sealed class NulCharacterTests(SmdFixture smd) : SmdTestBase(smd)
{
    [Fact]
    public async Task Post_JsonStringWithNul_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.PostJsonAsync("/hsm/v2/State/Components",
            """{"Components":[{"ID":"x1c0s0b0n0","State":"On","SoftwareStatus":"bad\u0000value"}]}""", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "NUL");
    }

    [Fact]
    public async Task Get_QueryValueWithNul_Is400()
    {
        using var client = Smd.CreateClient();

        var response = await client.GetAsync("/hsm/v2/State/Components?softwarestatus=a%00b", TestContext.Current.CancellationToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "NUL");
    }
}
