using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary><c>/hsm/v2/Inventory/EthernetInterfaces/{id}/IPAddresses</c>: one interface's addresses.</summary>
internal static partial class EthernetInterfacesApi
{
    private static async Task<Results<Ok<IReadOnlyList<EthernetInterfaceIpAddress>>, ProblemHttpResult>> ListIpAddresses(
        EthernetInterfaceId iface, EthernetInterfaceQueryService queries, CancellationToken cancellationToken) =>
        await queries.ListIpAddressesAsync(iface.Value, cancellationToken) is { } addresses
            ? TypedResults.Ok(addresses)
            : EthernetInterfaceProblems.NoSuchInterface(iface.Value).ToResult();

    private static async Task<Results<Created<ResourceUri>, ProblemHttpResult>> AddIpAddress(
        EthernetInterfaceId iface, JsonBody<EthernetInterfaceIpAddress> body, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (EthernetInterfaceValidator.ValidateIpAddress(body.Value, field: null, errors) is not { } address)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var added = await writer.AddIpAddressAsync(iface.Value, address, cancellationToken);
        return added.Problem is { } problem ? problem.ToResult() : Created($"{BasePath}/{iface}/IPAddresses/{added.Value}");
    }

    /// <summary><c>{"Network":"HMN"}</c> sets the network, <c>{"Network":""}</c> clears it; answers the updated address.</summary>
    private static async Task<Results<Ok<EthernetInterfaceIpAddress>, ProblemHttpResult>> PatchIpAddress(
        EthernetInterfaceId iface, RouteIpAddress address, JsonBody<IpAddressPatchRequest> body, EthernetInterfaceWriteService writer,
        CancellationToken cancellationToken)
    {
        if (body.Value.Network is null)
        {
            return Problem.BadRequest("Request must have at least one patch field.").ToResult();
        }

        var network = EthernetInterfaceValidator.NormalizeNetwork(body.Value.Network);
        var patched = await writer.SetNetworkAsync(iface.Value, address.Value, network, cancellationToken);
        return patched.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(patched.Value!);
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteIpAddress(
        EthernetInterfaceId iface, RouteIpAddress address, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var deleted = await writer.DeleteIpAddressAsync(iface.Value, address.Value, cancellationToken);
        return deleted.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }
}
