using System.Text;
using SysMgmt.RedfishEmulator.Hosting;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.RedfishEmulator.Rendering;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>
/// Every request: find the BMC by the local address and port it arrived on, apply its faults and auth, then route.
/// </summary>
internal sealed class EmulatorRequestHandler(BmcDirectory bmcs, EmulatorOptions options, TimeProvider time)
{
    private static readonly byte[] s_versionDocument = Encoding.UTF8.GetBytes("""{"v1":"/redfish/v1/"}""");

    public async Task HandleAsync(HttpContext context)
    {
        var bmc = bmcs.Find(context.Connection.LocalIpAddress, context.Connection.LocalPort);
        if (bmc is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        bmc.CountRequest();
        var request = new BmcRequest(context, bmc, RedfishPaths.Normalize(context.Request.Path.Value), options, time);
        try
        {
            if (await FaultsAnsweredAsync(request))
            {
                return;
            }

            if (!RedfishPaths.IsPublic(context.Request.Method, request.Path) && !AuthGate.IsAuthenticated(request))
            {
                await AuthGate.ChallengeAsync(request);
                return;
            }

            await RouteAsync(request);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or the emulator is stopping); nobody is left to answer.
        }
    }

    /// <summary>Latency, hangs and 500s; true when the fault has answered the request.</summary>
    private async Task<bool> FaultsAnsweredAsync(BmcRequest request)
    {
        var faults = request.Bmc.Faults;
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, time, request.Aborted);
        }

        if (faults.Hang)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, request.Aborted);
        }

        if (request.Bmc.TakeServerError())
        {
            await RedfishResponses.ErrorAsync(request, StatusCodes.Status500InternalServerError, "InternalError",
                "The request failed due to an internal service error (injected fault).");
            return true;
        }

        return false;
    }

    private static Task RouteAsync(BmcRequest request)
    {
        var method = request.Http.Request.Method;
        var path = request.Path;
        if (HttpMethods.IsGet(method) && path == RedfishPaths.VersionDocument)
        {
            return RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, s_versionDocument);
        }

        if (path.Contains(RedfishPaths.ActionsSegment, StringComparison.Ordinal))
        {
            return HttpMethods.IsPost(method) ? ActionsEndpoint.InvokeAsync(request) : RedfishResponses.MethodNotAllowedAsync(request);
        }

        if (path == RedfishPaths.Sessions && HttpMethods.IsPost(method))
        {
            return SessionsEndpoint.CreateAsync(request);
        }

        if (RedfishPaths.MemberId(path, RedfishPaths.Sessions) is { } sessionId)
        {
            return method switch
            {
                _ when HttpMethods.IsGet(method) => SessionsEndpoint.GetAsync(request, sessionId),
                _ when HttpMethods.IsDelete(method) => SessionsEndpoint.DeleteAsync(request, sessionId),
                _ => RedfishResponses.MethodNotAllowedAsync(request),
            };
        }

        if (HttpMethods.IsGet(method) && RedfishPaths.MemberId(path, RedfishPaths.Tasks) is { } taskId)
        {
            return TasksEndpoint.GetAsync(request, taskId);
        }

        if (HttpMethods.IsPost(method) && UpdatePushEndpoint.IsPushUri(request.Bmc.Mockup, path))
        {
            return UpdatePushEndpoint.PushAsync(request);
        }

        if (!request.Bmc.Mockup.TryGetResource(path, out var resource))
        {
            return HttpMethods.IsGet(method) && request.Bmc.Mockup.TryGetRawFile(path, out var raw)
                ? RawFileAsync(request, raw)
                : RedfishResponses.NotFoundAsync(request);
        }

        return method switch
        {
            _ when HttpMethods.IsGet(method) => GetAsync(request, resource),
            _ when HttpMethods.IsPatch(method) => PatchEndpoint.PatchAsync(request, resource),
            _ => RedfishResponses.MethodNotAllowedAsync(request),
        };
    }

    private static Task GetAsync(BmcRequest request, MockupResource resource)
    {
        var view = resource.IsCollection ? CollectionViews.From(request, resource) : CollectionView.Whole;
        return RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, ResourceRenderer.Render(request.Bmc, resource, view));
    }

    private static Task RawFileAsync(BmcRequest request, byte[] content)
    {
        if (request.Path == RedfishPaths.Metadata)
        {
            request.Http.Response.ContentType = "application/xml";
            request.Http.Response.ContentLength = content.Length;
            return request.Http.Response.Body.WriteAsync(content, request.Aborted).AsTask();
        }

        return RedfishResponses.JsonAsync(request, StatusCodes.Status200OK, content);
    }
}
