using System.Net;
using System.Text.Json;

namespace SysMgmt.ServiceDefaults.Tests.Authentication;

/// <summary>Checks an RFC 7807 response: media type and the lower-case type, title, status and detail members.</summary>
internal static class ProblemAssert
{
    public static async Task HasProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = body.RootElement;
        Assert.Equal("about:blank", root.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.Equal(detail, root.GetProperty("detail").GetString());
    }
}
