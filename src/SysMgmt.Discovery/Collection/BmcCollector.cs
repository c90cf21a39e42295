using SysMgmt.Core.Discovery;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Naming;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// Collects one BMC: walks its Redfish tree, then decides its xname, which manager is the BMC itself, and the
/// xnames of its nodes and chassis (by the same rules SMD applies). A BMC that cannot be read completely is a
/// failure with its reason; nothing partial is returned.
/// </summary>
public sealed class BmcCollector(RedfishClientFactory clients, BmcNaming naming)
{
    public async Task<(BmcCollection? Collection, BmcFailure? Failure)> CollectAsync(
        BmcAddress address, RedfishCredentials credentials, CancellationToken cancellationToken)
    {
        var (walk, walkFailure) = await WalkAsync(address, credentials, cancellationToken);
        if (walk is null)
        {
            return (null, walkFailure);
        }

        var inventory = walk.Inventory;
        var own = BmcManagers.Own(inventory.Managers, address.Host);
        if (!naming.TryName(address, inventory, own, out var id, out var error))
        {
            return (null, new BmcFailure(BmcFailureStage.Setup, error));
        }

        var nodes = id.Type == XnameType.NodeBMC
            ? NodeLocations.Assign(id, inventory.Systems.Select(s => RedfishPaths.Normalize(s.System.ODataId)), new Dictionary<string, string>())
            : new Dictionary<string, Xname>();
        var chassis = ChassisLocations.Assign(id, [.. inventory.Chassis.Select(c => c.Chassis).Select(c => new ChassisDescription(
            RedfishPaths.Normalize(c.ODataId), c.ChassisType, RedfishPaths.Normalize(c.Links?.ContainedBy?.ODataId), c.Links?.ComputerSystems?.Count > 0))]);
        var ownMac = own is null ? null : BmcManagers.OwnNic(own, address.Host)?.Mac;
        return (new BmcCollection(address, id, credentials.Username, inventory, own, ownMac, walk.ResetTypes, nodes, chassis), null);
    }

    /// <summary>Walks the BMC's Redfish tree: everything <c>crawl</c> shows, before any naming.</summary>
    public async Task<(BmcWalk? Walk, BmcFailure? Failure)> WalkAsync(BmcAddress address, RedfishCredentials credentials, CancellationToken cancellationToken)
    {
        BmcInventory inventory;
        Dictionary<string, IReadOnlyList<string>> resetTypes = [];
        try
        {
            await using var client = clients.Create(new RedfishEndpoint(address.BaseUri, credentials));
            inventory = await RedfishInventoryWalker.WalkAsync(client, cancellationToken);
            foreach (var system in inventory.Systems.Select(s => s.System))
            {
                if (system.ODataId is { } path && await client.GetResetTypesAsync(system, cancellationToken) is { } allowed)
                {
                    resetTypes[path] = allowed;
                }
            }
        }
        catch (RedfishException exception)
        {
            return (null, new BmcFailure(BmcFailureStage.Redfish, Describe(exception)));
        }

        return inventory.Problems.FirstOrDefault(p => p.Kind == RedfishErrorKind.InvalidResponse) is { } malformed
            ? (null, new BmcFailure(BmcFailureStage.Redfish, $"malformed Redfish at {malformed.Resource}: {malformed.Message}"))
            : (new BmcWalk(inventory, resetTypes), null);
    }

    /// <summary>The reason in a sysadmin's words: what went wrong, and where.</summary>
    private static string Describe(RedfishException exception) => exception.Kind switch
    {
        RedfishErrorKind.Authentication => "wrong credentials: the BMC refused the username and password",
        RedfishErrorKind.Tls => $"TLS: {exception.Message} (give the BMCs' CA with --cacert, or --insecure)",
        RedfishErrorKind.Timeout => $"timeout: {exception.Message}",
        RedfishErrorKind.Connection => $"unreachable: {exception.Message}",
        RedfishErrorKind.InvalidResponse => $"malformed Redfish: {exception.Message}",
        _ => exception.Message,
    };
}
