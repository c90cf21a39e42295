using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary><c>SessionService/Sessions</c>: login (POST), the live sessions (GET) and logout (DELETE).</summary>
internal static class SessionsEndpoint
{
    public static async Task CreateAsync(BmcRequest request)
    {
        if (request.Bmc.Faults.Auth == BmcAuthModes.BasicOnly)
        {
            await RedfishResponses.MethodNotAllowedAsync(request);
            return;
        }

        var body = await JsonBodies.ReadObjectAsync(request);
        if (body is null)
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status400BadRequest, "MalformedJSON", "The request body must be a JSON object with UserName and Password.");
            return;
        }

        var username = JsonBodies.GetString(body["UserName"]);
        if (!request.Bmc.Credentials.Matches(username, JsonBodies.GetString(body["Password"])))
        {
            await AuthGate.ChallengeAsync(request);
            return;
        }

        var session = request.Bmc.State.CreateSession(username!, request.Time.GetUtcNow());
        var location = $"{RedfishPaths.Sessions}/{session.Id}";
        request.Http.Response.Headers.Location = location;
        request.Http.Response.Headers[AuthGate.TokenHeader] = session.Token;
        await RedfishResponses.JsonAsync(request, StatusCodes.Status201Created, Describe(session));
    }

    public static Task GetAsync(BmcRequest request, string id) =>
        request.Bmc.ExistingState?.FindSession(id) is { } session
            ? RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, Describe(session))
            : RedfishResponses.NotFoundAsync(request);

    public static Task DeleteAsync(BmcRequest request, string id) =>
        request.Bmc.ExistingState?.DeleteSession(id) == true
            ? RedfishResponses.NoContentAsync(request)
            : RedfishResponses.NotFoundAsync(request);

    private static JsonObject Describe(EmulatedSession session) => new()
    {
        ["@odata.id"] = $"{RedfishPaths.Sessions}/{session.Id}",
        ["@odata.type"] = "#Session.v1_7_0.Session",
        ["Id"] = session.Id,
        ["Name"] = "User Session",
        ["UserName"] = session.Username,
        ["CreatedTime"] = session.Created.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    };
}
