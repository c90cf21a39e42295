using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Networking;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary><c>/hsm/v2/Inventory/EthernetInterfaces/{id}/IPAddresses</c>: one interface's addresses.</summary>
internal static partial class EthernetInterfacesApi
{
    private static async Task<Results<Ok<IReadOnlyList<EthernetInterfaceIpAddress>>, ProblemHttpResult>> ListIpAddresses(
        string id, EthernetInterfaceQueryService queries, CancellationToken cancellationToken)
    {
        if (!EthernetInterfaceValidator.TryParseId(id, out var key, out var error))
        {
            return Problem.BadRequest(error).ToResult();
        }

        return await queries.ListIpAddressesAsync(key, cancellationToken) is { } addresses
            ? TypedResults.Ok(addresses)
            : EthernetInterfaceProblems.NoSuchInterface(key).ToResult();
    }

    private static async Task<Results<Created<ResourceUri>, ProblemHttpResult>> AddIpAddress(
        string id, JsonBody<EthernetInterfaceIpAddress> body, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        if (!EthernetInterfaceValidator.TryParseId(id, out var key, out var error))
        {
            return Problem.BadRequest(error).ToResult();
        }

        var errors = new List<string>();
        if (EthernetInterfaceValidator.ValidateIpAddress(body.Value, field: null, errors) is not { } address)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var added = await writer.AddIpAddressAsync(key, address, cancellationToken);
        return added.Problem is { } problem ? problem.ToResult() : Created($"{BasePath}/{key}/IPAddresses/{added.Value}");
    }

    /// <summary><c>{"Network":"HMN"}</c> sets the network, <c>{"Network":""}</c> clears it; answers the updated address.</summary>
    private static async Task<Results<Ok<EthernetInterfaceIpAddress>, ProblemHttpResult>> PatchIpAddress(
        string id, string ipAddress, JsonBody<IpAddressPatchRequest> body, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var path = ParseAddressPath(id, ipAddress);
        if (path.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        if (body.Value.Network is null)
        {
            return Problem.BadRequest("Request must have at least one patch field.").ToResult();
        }

        var network = EthernetInterfaceValidator.NormalizeNetwork(body.Value.Network);
        var patched = await writer.SetNetworkAsync(path.Value.Id, path.Value.Ip, network, cancellationToken);
        return patched.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(patched.Value!);
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteIpAddress(
        string id, string ipAddress, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var path = ParseAddressPath(id, ipAddress);
        if (path.Problem is { } invalid)
        {
            return invalid.ToResult();
        }

        var deleted = await writer.DeleteIpAddressAsync(path.Value.Id, path.Value.Ip, cancellationToken);
        return deleted.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(StatusMessage.Of("deleted 1 entry"));
    }

    /// <summary>The interface ID and the canonical address from a path, so <c>FE80::1</c> finds <c>fe80::1</c>.</summary>
    private static Outcome<(string Id, string Ip)> ParseAddressPath(string id, string ipAddress)
    {
        if (!EthernetInterfaceValidator.TryParseId(id, out var key, out var error))
        {
            return Problem.BadRequest(error);
        }

        return IpAddresses.TryNormalize(ipAddress, out var ip, out var ipError) ? (key, ip) : Problem.BadRequest(ipError);
    }
}
