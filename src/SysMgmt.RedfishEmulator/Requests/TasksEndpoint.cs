using System.Globalization;
using System.Text.Json.Nodes;
using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>The Tasks that actions started: Running until their duration has passed, then Completed.</summary>
internal static class TasksEndpoint
{
    /// <summary>Starts a Task and answers 202 Accepted with it in the body and its URI in <c>Location</c>.</summary>
    public static Task StartAsync(BmcRequest request, string name)
    {
        var task = request.Bmc.State.CreateTask(name, request.Time.GetUtcNow(), request.Options.TaskDuration);
        request.Http.Response.Headers.Location = $"{RedfishPaths.Tasks}/{task.Id}";
        return RedfishResponses.JsonAsync(request, StatusCodes.Status202Accepted, Describe(task, request.Time.GetUtcNow()));
    }

    public static Task GetAsync(BmcRequest request, string id) =>
        request.Bmc.ExistingState?.FindTask(id) is { } task
            ? RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, Describe(task, request.Time.GetUtcNow()))
            : RedfishResponses.NotFoundAsync(request);

    public static JsonObject Describe(EmulatedTask task, DateTimeOffset now)
    {
        var complete = task.IsCompleteAt(now);
        var body = new JsonObject
        {
            ["@odata.id"] = $"{RedfishPaths.Tasks}/{task.Id}",
            ["@odata.type"] = "#Task.v1_7_0.Task",
            ["Id"] = task.Id,
            ["Name"] = task.Name,
            ["TaskState"] = complete ? "Completed" : "Running",
            ["TaskStatus"] = "OK",
            ["PercentComplete"] = task.PercentCompleteAt(now),
            ["StartTime"] = task.Started.ToString("O", CultureInfo.InvariantCulture),
            ["Messages"] = new JsonArray(),
        };
        if (complete)
        {
            body["EndTime"] = (task.Started + task.Duration).ToString("O", CultureInfo.InvariantCulture);
        }

        return body;
    }
}
