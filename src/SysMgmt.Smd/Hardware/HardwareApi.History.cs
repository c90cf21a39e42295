using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.Hardware;

/// <summary><c>/hsm/v2/Inventory/Hardware/History</c> and <c>/HardwareByFRU/History</c>.</summary>
internal static partial class HardwareApi
{
    private static void MapHistory(RouteGroupBuilder inventory)
    {
        inventory.MapGet("/Hardware/History", ListLocationHistory).WithSummary("Hardware history by location")
            .WithQueryFilters("id", "fruid", "eventtype")
            .WithQueryParameter("starttime", "RFC 3339 time: only events after it")
            .WithQueryParameter("endtime", "RFC 3339 time: only events before it");
        inventory.MapDelete("/Hardware/History", DeleteAllHistory).WithSummary("Delete all hardware history");
        inventory.MapGet("/Hardware/History/{xname}", GetLocationHistory).WithSummary("Hardware history of one location")
            .WithQueryFilters("eventtype")
            .WithQueryParameter("starttime", "RFC 3339 time: only events after it")
            .WithQueryParameter("endtime", "RFC 3339 time: only events before it");
        inventory.MapDelete("/Hardware/History/{xname}", DeleteLocationHistory).WithSummary("Delete the hardware history of one location");
        inventory.MapGet("/HardwareByFRU/History", ListFruHistory).WithSummary("Hardware history by FRU")
            .WithQueryFilters("id", "fruid", "eventtype")
            .WithQueryParameter("starttime", "RFC 3339 time: only events after it")
            .WithQueryParameter("endtime", "RFC 3339 time: only events before it");
        inventory.MapGet("/HardwareByFRU/History/{fruid}", GetFruHistory).WithSummary("Hardware history of one FRU")
            .WithQueryFilters("eventtype")
            .WithQueryParameter("starttime", "RFC 3339 time: only events after it")
            .WithQueryParameter("endtime", "RFC 3339 time: only events before it");
        inventory.MapDelete("/HardwareByFRU/History/{fruid}", DeleteFruHistory).WithSummary("Delete the hardware history of one FRU");
    }

    private static Task<Results<Ok<HardwareHistoryCollection>, ProblemHttpResult>> ListLocationHistory(
        HttpRequest request, HardwareHistoryService history, CancellationToken cancellationToken) =>
        ListHistory(request, history, byFru: false, cancellationToken);

    private static Task<Results<Ok<HardwareHistoryCollection>, ProblemHttpResult>> ListFruHistory(
        HttpRequest request, HardwareHistoryService history, CancellationToken cancellationToken) =>
        ListHistory(request, history, byFru: true, cancellationToken);

    private static Task<Results<Ok<HardwareHistoryCollection>, ProblemHttpResult>> ListHistory(
        HttpRequest request, HardwareHistoryService history, bool byFru, CancellationToken cancellationToken) =>
        AnswerAsync(HardwareParameterParser.ParseHistory(request.Query.ToParameters()), f => history.ListAsync(f, byFru, cancellationToken));

    private static async Task<Results<Ok<HardwareHistory>, ProblemHttpResult>> GetLocationHistory(
        string xname, HttpRequest request, HardwareHistoryService history, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return await AnswerAsync(HardwareParameterParser.ParseHistory(request.Query.ToParameters()),
            f => history.ForAsync(id.Value, f with { Ids = [id.Value] }, cancellationToken));
    }

    private static Task<Results<Ok<HardwareHistory>, ProblemHttpResult>> GetFruHistory(
        string fruid, HttpRequest request, HardwareHistoryService history, CancellationToken cancellationToken) =>
        AnswerAsync(HardwareParameterParser.ParseHistory(request.Query.ToParameters()),
            f => history.ForAsync(fruid, f with { Ids = [], FruIds = [fruid] }, cancellationToken));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteLocationHistory(
        string xname, HardwareWriteService writer, CancellationToken cancellationToken)
    {
        if (PathXnames.Parse(xname, out var id) is { } invalidXname)
        {
            return invalidXname.ToResult();
        }

        return DeletionResults.All(await writer.DeleteHistoryAsync(id.Value, null, cancellationToken));
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteFruHistory(
        string fruid, HardwareWriteService writer, CancellationToken cancellationToken) =>
        DeletionResults.All(await writer.DeleteHistoryAsync(null, fruid, cancellationToken));

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllHistory(
        HardwareWriteService writer, CancellationToken cancellationToken) =>
        DeletionResults.All(await writer.DeleteHistoryAsync(null, null, cancellationToken));
}
