using SysMgmt.Redfish;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Discovery.Firmware;

/// <summary>
/// Updates one BMC's firmware: SimpleUpdate when the BMC offers it and an image URI is given, else a push of the
/// image file (OpenBMC's <c>UpdateService/update</c>); then follows the Task, reporting its progress. What the BMC
/// cannot do is a <see cref="RedfishErrorKind.Unsupported"/> error that says what to give instead.
/// </summary>
public sealed class FirmwareUpdater(FirmwareUpdateRequest request, TimeProvider? time = null)
{
    public async Task<FirmwareUpdateResult> UpdateAsync(RedfishClient client, IProgress<FirmwareProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new FirmwareProgress(client.BaseUri, "Starting", null));
        var service = await client.GetUpdateServiceAsync(cancellationToken);
        var (method, taskUri) = await StartAsync(client, service, cancellationToken);
        if (taskUri is null)
        {
            // Some BMCs answer 200/204: the update is done, or runs with nothing to follow.
            return new FirmwareUpdateResult(method, null, "Completed", 100);
        }

        if (!request.Wait)
        {
            return new FirmwareUpdateResult(method, taskUri, "Accepted", null);
        }

        var taskProgress = progress is null ? null : new TaskProgress(client.BaseUri, progress);
        var task = await client.WaitForTaskAsync(taskUri, request.PollInterval, time, taskProgress, cancellationToken);
        return new FirmwareUpdateResult(method, taskUri, task.TaskState ?? "Completed", task.PercentComplete);
    }

    private async Task<(FirmwareUpdateMethod Method, string? TaskUri)> StartAsync(RedfishClient client, UpdateService service, CancellationToken cancellationToken)
    {
        var canSimpleUpdate = service.Actions?.SimpleUpdate?.Target is not null;
        var canPush = service.HttpPushUri is { Length: > 0 } || service.MultipartHttpPushUri is { Length: > 0 };
        if (request.ImageUri is { } imageUri && canSimpleUpdate)
        {
            var simple = new SimpleUpdateRequest { ImageUri = imageUri, TransferProtocol = request.TransferProtocol, Targets = request.Targets };
            return (FirmwareUpdateMethod.SimpleUpdate, await client.SimpleUpdateAsync(service, simple, cancellationToken));
        }

        if (request.ImageFile is { } imageFile && canPush)
        {
            var pushed = await client.PushUpdateAsync(service, UpdateImage.FromFile(imageFile), request.Targets, cancellationToken);
            return (pushed.Multipart ? FirmwareUpdateMethod.MultipartHttpPush : FirmwareUpdateMethod.HttpPush, pushed.TaskUri);
        }

        var reason = (canSimpleUpdate, canPush) switch
        {
            (true, true) => "give --image-uri or --image-file",
            (true, false) => "it offers only SimpleUpdate, which fetches the image itself: give --image-uri (a URL the BMC can reach)",
            (false, true) => "it has no SimpleUpdate action (OpenBMC?) but takes pushed images: give --image-file",
            _ => "it offers neither UpdateService.SimpleUpdate nor an HttpPushUri: firmware update is unsupported",
        };
        throw new RedfishException(RedfishErrorKind.Unsupported, $"{client.BaseUri} cannot be updated this way: {reason}");
    }

    private sealed class TaskProgress(Uri bmc, IProgress<FirmwareProgress> progress) : IProgress<RedfishTask>
    {
        public void Report(RedfishTask value) => progress.Report(new FirmwareProgress(bmc, value.TaskState ?? "Running", value.PercentComplete));
    }
}
