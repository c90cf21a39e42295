using System.Collections.Concurrent;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Inventory;

/// <summary>
/// Walks a BMC: Systems (from the root and from Chassis links) with NICs, network adapters, processors, memory and
/// drives; Managers with NICs; Chassis with power and adapters; firmware; the services (Update, Session, Account,
/// Event, Task). A sub-resource that is missing or
/// malformed is recorded as a problem and skipped; losing the BMC itself (connection, TLS, auth, deadline) throws.
/// </summary>
public sealed class RedfishInventoryWalker(RedfishClient client)
{
    private static readonly RedfishJsonContext s_json = RedfishJsonContext.Default;
    private readonly ConcurrentQueue<RedfishWalkProblem> _problems = new();

    public static Task<BmcInventory> WalkAsync(RedfishClient client, CancellationToken cancellationToken) =>
        new RedfishInventoryWalker(client).WalkAsync(cancellationToken);

    public async Task<BmcInventory> WalkAsync(CancellationToken cancellationToken)
    {
        var root = await client.GetServiceRootAsync(cancellationToken);
        var chassis = await Members(root.Chassis, s_json.Chassis, cancellationToken);
        var systems = await Members(root.Systems, s_json.ComputerSystem, cancellationToken);
        systems = [.. systems, .. await SystemsOnlyUnderChassisAsync(chassis, systems, cancellationToken)];
        var managers = await Members(root.Managers, s_json.Manager, cancellationToken);
        var update = await Optional(root.UpdateService, s_json.UpdateService, cancellationToken);
        return new BmcInventory(
            root,
            await EachAsync(systems, SystemAsync, cancellationToken),
            await EachAsync(managers, ManagerAsync, cancellationToken),
            await EachAsync(chassis, ChassisAsync, cancellationToken),
            await Members(update?.FirmwareInventory, s_json.SoftwareInventory, cancellationToken),
            await ServicesAsync(root, update, cancellationToken),
            [.. _problems]);
    }

    /// <summary>The services the ServiceRoot links, UpdateService as already read.</summary>
    private async Task<IReadOnlyList<ServiceInventory>> ServicesAsync(ServiceRoot root, UpdateService? update, CancellationToken cancellationToken)
    {
        (string Type, ODataLink? Link)[] others =
        [
            ("SessionService", root.SessionService), ("AccountService", root.AccountService),
            ("EventService", root.EventService), ("TaskService", root.Tasks),
        ];
        var read = await EachAsync(others, async (s, ct) => (s.Type, Resource: await Optional(s.Link, s_json.RedfishService, ct)), cancellationToken);
        IEnumerable<ServiceInventory> services = [.. read.Where(s => s.Resource is not null).Select(s => new ServiceInventory(s.Type, s.Resource!))];
        return update is null ? [.. services] : [new ServiceInventory("UpdateService", update), .. services];
    }

    private async Task<SystemInventory> SystemAsync(ComputerSystem system, CancellationToken cancellationToken)
    {
        var nics = await Members(system.EthernetInterfaces, s_json.EthernetInterface, cancellationToken);
        var networkInterfaces = await Members(system.NetworkInterfaces, s_json.NetworkInterface, cancellationToken);
        var adapters = await EachAsync(networkInterfaces, (n, ct) => Optional(n.Links?.NetworkAdapter, s_json.NetworkAdapter, ct), cancellationToken);
        var storage = await Members(system.Storage, s_json.Storage, cancellationToken);
        // Some BMCs list one drive many times (csm-rie-Intel: HDD0 32 times): each is read, and reported, once.
        var driveLinks = storage.SelectMany(s => s.Drives ?? []).DistinctBy(d => d.ODataId is { } id ? Trim(id) : null).ToList();
        var drives = await EachAsync(driveLinks, (d, ct) => Optional(d, s_json.Drive, ct), cancellationToken);
        return new SystemInventory(
            system,
            [.. nics.Select(NicInventory.From)],
            [.. adapters.OfType<NetworkAdapter>()],
            await Members(system.Processors, s_json.Processor, cancellationToken),
            await Members(system.Memory, s_json.Memory, cancellationToken),
            [.. drives.OfType<Drive>()]);
    }

    private async Task<ManagerInventory> ManagerAsync(Manager manager, CancellationToken cancellationToken) =>
        new(manager, [.. (await Members(manager.EthernetInterfaces, s_json.EthernetInterface, cancellationToken)).Select(NicInventory.From)]);

    private async Task<ChassisInventory> ChassisAsync(Chassis chassis, CancellationToken cancellationToken)
    {
        var power = await Optional(chassis.Power, s_json.Power, cancellationToken);
        return new ChassisInventory(
            chassis, power?.PowerControl ?? [], power?.PowerSupplies ?? [], await Members(chassis.NetworkAdapters, s_json.NetworkAdapter, cancellationToken));
    }

    /// <summary>Some BMCs link Systems only from their Chassis (<c>Links.ComputerSystems</c>).</summary>
    private async Task<IReadOnlyList<ComputerSystem>> SystemsOnlyUnderChassisAsync(
        IReadOnlyList<Chassis> chassis, IReadOnlyList<ComputerSystem> known, CancellationToken cancellationToken)
    {
        var knownIds = known.Select(s => s.ODataId).OfType<string>().Select(Trim).ToHashSet(StringComparer.Ordinal);
        var extra = chassis.SelectMany(c => c.Links?.ComputerSystems ?? [])
            .Where(l => l.ODataId is { } id && knownIds.Add(Trim(id)))
            .ToList();
        return [.. (await EachAsync(extra, (l, ct) => Optional(l, s_json.ComputerSystem, ct), cancellationToken)).OfType<ComputerSystem>()];
    }

    private static string Trim(string path) => path.TrimEnd('/');

    private static async Task<IReadOnlyList<TResult>> EachAsync<T, TResult>(
        IReadOnlyList<T> items, Func<T, CancellationToken, Task<TResult>> visit, CancellationToken cancellationToken) =>
        await Task.WhenAll(items.Select(item => visit(item, cancellationToken)));

    private Task<IReadOnlyList<T>> Members<T>(ODataLink? link, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        Tolerate(link, () => client.GetMembersAsync(link, type, cancellationToken), []);

    private Task<T?> Optional<T>(ODataLink? link, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        Tolerate(link, () => client.GetOptionalAsync(link, type, cancellationToken), null);

    /// <summary>Records a sub-resource that is there but unusable, and goes on without it.</summary>
    private async Task<T> Tolerate<T>(ODataLink? link, Func<Task<T>> read, T fallback)
    {
        try
        {
            return await read();
        }
        catch (RedfishException exception) when (exception.Kind is RedfishErrorKind.InvalidResponse or RedfishErrorKind.Rejected or RedfishErrorKind.NotFound)
        {
            _problems.Enqueue(new RedfishWalkProblem(link?.ODataId ?? "?", exception.Kind, exception.Message));
            return fallback;
        }
    }
}
