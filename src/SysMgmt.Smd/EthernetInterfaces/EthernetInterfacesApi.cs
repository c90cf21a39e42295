using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;
using SysMgmt.ServiceDefaults.Http;
using SysMgmt.ServiceDefaults.Results;
using SysMgmt.Smd.Service;
using SysMgmt.ServiceDefaults.OpenApi;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// <c>/hsm/v2/Inventory/EthernetInterfaces</c>: MAC ↔ IP ↔ component. The IP address sub-resource is in the other
/// part of this class.
/// </summary>
internal static partial class EthernetInterfacesApi
{
    public const string BasePath = "/hsm/v2/Inventory/EthernetInterfaces";

    private const string NoSuchInterface = "no such component ethernet interface.";

    public static IEndpointRouteBuilder MapEthernetInterfacesApi(this IEndpointRouteBuilder app)
    {
        var interfaces = app.MapGroup(BasePath).WithTags("EthernetInterfaces");

        // DHCP tooling (coresmd) and cloud-init read the collection without a token, as in OpenCHAMI.
        interfaces.MapGet("", ListInterfaces).AllowAnonymous().WithSummary("List Ethernet interfaces (public, as boot and DHCP tooling read it)")
            .WithQueryFilters("ID", "MACAddress", "IPAddress", "Network", "ComponentID", "Type")
            .WithQueryParameter("OlderThan", "RFC 3339 time: only interfaces last updated before it")
            .WithQueryParameter("NewerThan", "RFC 3339 time: only interfaces last updated after it");
        interfaces.MapPost("", CreateInterface).WithSummary("Create an Ethernet interface");
        interfaces.MapDelete("", DeleteAllInterfaces).WithSummary("Delete every Ethernet interface");
        interfaces.MapGet("/{id}", GetInterface).WithSummary("Get one Ethernet interface");
        interfaces.MapPatch("/{id}", PatchInterface).WithSummary("Change the description, component or addresses of one Ethernet interface");
        interfaces.MapDelete("/{id}", DeleteInterface).WithSummary("Delete one Ethernet interface");
        interfaces.MapGet("/{id}/IPAddresses", ListIpAddresses).WithSummary("List the IP addresses of one Ethernet interface");
        interfaces.MapPost("/{id}/IPAddresses", AddIpAddress).WithSummary("Add an IP address to one Ethernet interface");
        interfaces.MapPatch("/{id}/IPAddresses/{ipAddress}", PatchIpAddress).WithSummary("Change the network of one IP address");
        interfaces.MapDelete("/{id}/IPAddresses/{ipAddress}", DeleteIpAddress).WithSummary("Remove one IP address from an Ethernet interface");
        return app;
    }

    /// <summary>A bare JSON array, not an envelope, as in the anchors.</summary>
    private static async Task<Results<Ok<List<EthernetInterface>>, ProblemHttpResult>> ListInterfaces(
        HttpRequest request, EthernetInterfaceQueryService queries, CancellationToken cancellationToken)
    {
        var filter = EthernetInterfaceFilterParser.Parse(request.Query.ToParameters());
        return filter.Problem is { } problem
            ? problem.ToResult()
            : TypedResults.Ok(await queries.ListAsync(filter.Value!, cancellationToken));
    }

    /// <summary>201 with one <c>{"URI":…}</c> object (not an array, unlike other creates: an anchor quirk clients expect).</summary>
    private static async Task<Results<Created<ResourceUri>, ProblemHttpResult>> CreateInterface(
        JsonBody<EthernetInterfacePostRequest> body, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (EthernetInterfaceValidator.Validate(body.Value, errors) is not { } input)
        {
            return Problem.BadRequest("couldn't validate ethernet interface: " + string.Join("; ", errors)).ToResult();
        }

        var created = await writer.CreateAsync(input, cancellationToken);
        return created.Problem is { } conflict ? conflict.ToResult() : Created($"{BasePath}/{created.Value}");
    }

    private static async Task<Results<Ok<EthernetInterface>, ProblemHttpResult>> GetInterface(
        EthernetInterfaceId iface, EthernetInterfaceQueryService queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(iface.Value, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : EthernetInterfaceProblems.NoSuchInterface(iface.Value).ToResult();

    private static async Task<Results<Ok<EthernetInterface>, ProblemHttpResult>> PatchInterface(
        EthernetInterfaceId iface, JsonBody<EthernetInterfacePatchRequest> body, EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (EthernetInterfaceValidator.Validate(body.Value, errors) is not { } patch)
        {
            return Problem.BadRequest(string.Join("; ", errors)).ToResult();
        }

        var patched = await writer.PatchAsync(iface.Value, patch, cancellationToken);
        return patched.Problem is { } problem ? problem.ToResult() : TypedResults.Ok(patched.Value!);
    }

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteInterface(
        EthernetInterfaceId iface, EthernetInterfaceWriteService writer, CancellationToken cancellationToken) =>
        DeletionResults.One(await writer.DeleteAsync(iface.Value, cancellationToken), NoSuchInterface);

    private static async Task<Results<Ok<StatusMessage>, ProblemHttpResult>> DeleteAllInterfaces(
        EthernetInterfaceWriteService writer, CancellationToken cancellationToken)
    {
        return DeletionResults.All(await writer.DeleteAllAsync(cancellationToken));
    }

    private static Created<ResourceUri> Created(string uri) => TypedResults.Created(uri, new ResourceUri(uri));
}
