using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;
using SysMgmt.Redfish.Transport;

namespace SysMgmt.Redfish.Actions;

/// <summary>Reset, boot override and SimpleUpdate, checked against what the BMC says it allows before sending.</summary>
public static class RedfishActions
{
    /// <summary>The reset types the System accepts: listed inline, or in its ActionInfo; null when the BMC does not say.</summary>
    public static async Task<IReadOnlyList<string>?> GetResetTypesAsync(this RedfishClient client, ComputerSystem system, CancellationToken cancellationToken)
    {
        var reset = system.Actions?.Reset;
        if (reset?.ResetTypeAllowableValues is { } inline)
        {
            return inline;
        }

        var info = await client.GetOptionalAsync(reset?.ActionInfo is { } path ? new ODataLink { ODataId = path } : null, RedfishJsonContext.Default.ActionInfo, cancellationToken);
        return info?.Parameters?.FirstOrDefault(p => p.Name == "ResetType")?.AllowableValues;
    }

    /// <summary><c>ComputerSystem.Reset</c> with <paramref name="resetType"/> (e.g. <c>On</c>, <c>ForceOff</c>, <c>ForceRestart</c>).</summary>
    public static async Task ResetAsync(this RedfishClient client, ComputerSystem system, string resetType, CancellationToken cancellationToken)
    {
        var target = system.Actions?.Reset?.Target
            ?? throw new RedfishException(RedfishErrorKind.Unsupported, $"{system.ODataId} offers no ComputerSystem.Reset action");
        if (await client.GetResetTypesAsync(system, cancellationToken) is { } allowed && !allowed.Contains(resetType, StringComparer.Ordinal))
        {
            throw new RedfishException(RedfishErrorKind.Rejected,
                $"{system.ODataId} does not accept ResetType '{resetType}'; it accepts {string.Join(", ", allowed)}");
        }

        await client.SendJsonAsync(HttpMethod.Post, target, new ResetRequest(resetType), RedfishJsonContext.Default.ResetRequest, cancellationToken);
    }

    /// <summary>PATCHes the System's <c>Boot</c> object with the override and returns the System as it is now.</summary>
    public static async Task<ComputerSystem> SetBootOverrideAsync(this RedfishClient client, ComputerSystem system, BootOverride bootOverride, CancellationToken cancellationToken)
    {
        var path = system.ODataId ?? throw new RedfishException(RedfishErrorKind.Unsupported, "the System has no @odata.id to PATCH");
        if (bootOverride.BootSourceOverrideTarget is { } target
            && system.Boot?.BootSourceOverrideTargetAllowableValues is { } allowed && !allowed.Contains(target, StringComparer.Ordinal))
        {
            throw new RedfishException(RedfishErrorKind.Rejected,
                $"{path} does not accept BootSourceOverrideTarget '{target}'; it accepts {string.Join(", ", allowed)}");
        }

        await client.SendJsonAsync(HttpMethod.Patch, path, new BootOverridePatch(bootOverride), RedfishJsonContext.Default.BootOverridePatch, cancellationToken);
        return await client.GetAsync(path, RedfishJsonContext.Default.ComputerSystem, cancellationToken);
    }

    /// <summary>The UpdateService; a <see cref="RedfishErrorKind.Unsupported"/> error when the BMC has none.</summary>
    public static async Task<UpdateService> GetUpdateServiceAsync(this RedfishClient client, CancellationToken cancellationToken)
    {
        var root = await client.GetServiceRootAsync(cancellationToken);
        return await client.GetOptionalAsync(root.UpdateService, RedfishJsonContext.Default.UpdateService, cancellationToken)
            ?? throw new RedfishException(RedfishErrorKind.Unsupported, $"{client.BaseUri} has no UpdateService");
    }

    /// <summary>
    /// Starts <c>UpdateService.SimpleUpdate</c>. Returns the URI to follow with <see cref="WaitForTaskAsync(RedfishClient, string, TimeSpan, TimeProvider?, CancellationToken)"/>
    /// (the Task or task monitor), or null when the BMC finished at once.
    /// </summary>
    public static async Task<string?> SimpleUpdateAsync(this RedfishClient client, SimpleUpdateRequest request, CancellationToken cancellationToken) =>
        await client.SimpleUpdateAsync(await client.GetUpdateServiceAsync(cancellationToken), request, cancellationToken);

    /// <summary>
    /// Starts <c>UpdateService.SimpleUpdate</c> on <paramref name="service"/>, after checking the transfer protocol
    /// against the ones the action lists. Returns the Task (or task monitor) URI, or null when the BMC finished at once.
    /// </summary>
    public static async Task<string?> SimpleUpdateAsync(this RedfishClient client, UpdateService service, SimpleUpdateRequest request, CancellationToken cancellationToken)
    {
        var action = service.Actions?.SimpleUpdate;
        var target = action?.Target
            ?? throw new RedfishException(RedfishErrorKind.Unsupported, $"{client.BaseUri} offers no UpdateService.SimpleUpdate action");
        if (request.TransferProtocol is { } protocol
            && action.TransferProtocolAllowableValues is { } allowed && !allowed.Contains(protocol, StringComparer.Ordinal))
        {
            throw new RedfishException(RedfishErrorKind.Rejected,
                $"{client.BaseUri} does not accept TransferProtocol '{protocol}'; it accepts {string.Join(", ", allowed)}");
        }

        return TaskUriOf(await client.SendJsonAsync(HttpMethod.Post, target, request, RedfishJsonContext.Default.SimpleUpdateRequest, cancellationToken));
    }

    /// <summary>
    /// Polls a Task (or task monitor) until it ends. Returns the final Task; a Task that ends in Exception, Killed or
    /// Cancelled is a <see cref="RedfishErrorKind.Rejected"/> error. The BMC deadline bounds the wait.
    /// </summary>
    public static Task<RedfishTask> WaitForTaskAsync(this RedfishClient client, string taskUri, TimeSpan pollInterval, TimeProvider? time, CancellationToken cancellationToken) =>
        client.WaitForTaskAsync(taskUri, pollInterval, time, null, cancellationToken);

    /// <summary>
    /// Polls a Task (or task monitor) until it ends, reporting each state read to <paramref name="progress"/>.
    /// Returns the final Task; a Task that ends in Exception, Killed or Cancelled is a
    /// <see cref="RedfishErrorKind.Rejected"/> error. The BMC deadline bounds the wait.
    /// </summary>
    public static async Task<RedfishTask> WaitForTaskAsync(
        this RedfishClient client, string taskUri, TimeSpan pollInterval, TimeProvider? time, IProgress<RedfishTask>? progress, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await client.SendAsync(HttpMethod.Get, taskUri, null, cancellationToken);
            // A task monitor answers 202 while the task runs, then the operation's own answer.
            var task = response.StatusCode == System.Net.HttpStatusCode.Accepted && response.Body.Length == 0
                ? new RedfishTask { TaskState = "Running" }
                : RedfishClient.Read(RedfishClient.EnsureSuccess(response), RedfishJsonContext.Default.RedfishTask);
            progress?.Report(task);
            switch (task.TaskState)
            {
                case "Completed" or null when response.StatusCode != System.Net.HttpStatusCode.Accepted:
                    return task;
                case "Exception" or "Killed" or "Cancelled":
                    throw new RedfishException(RedfishErrorKind.Rejected, $"task {taskUri} ended {task.TaskState} ({task.TaskStatus})", response.Uri, response.StatusCode);
            }

            await Task.Delay(pollInterval, time ?? TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>Where to follow an update the BMC accepted: its task monitor (<c>Location</c>), else the Task in the body.</summary>
    internal static string? TaskUriOf(RedfishResponse response) =>
        response.Location
            ?? (response.Body.Length > 0 && RedfishClient.Read(response, RedfishJsonContext.Default.RedfishTask) is { TaskState: not null, ODataId: { } task } ? task : null);
}
