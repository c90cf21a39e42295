using System.Net;

namespace SysMgmt.Testing.Http;

/// <summary>Checks an RFC 7807 response: media type and the lower-case type, title, status and detail members.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts the problem with exactly this detail.</summary>
    public static async Task HasProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail) =>
        Xunit.Assert.Equal(detail, await IsProblemAsync(response, status));

    /// <summary>Asserts the problem and returns its detail, for further checks.</summary>
    public static async Task<string> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Xunit.Assert.True(status == response.StatusCode, $"expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Xunit.Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var root = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Xunit.Assert.Equal("about:blank", root.GetProperty("type").GetString());
        Xunit.Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Xunit.Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        var detail = root.GetProperty("detail").GetString() ?? "";
        if (detailContains is not null)
        {
            Xunit.Assert.Contains(detailContains, detail, StringComparison.Ordinal);
        }

        return detail;
    }
}
