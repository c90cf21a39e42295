using System.Text.Json.Nodes;
using SysMgmt.Core.Discovery;
using SysMgmt.Core.Hardware;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Formats;
using SysMgmt.Redfish.Inventory;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Discovery.Collection;

/// <summary>
/// The body for <c>POST /hsm/v2/Inventory/Hardware</c> (<c>{"Hardware":[…]}</c>): the BMC, its chassis and
/// enclosures with their power supplies, and its nodes with processors, accelerators, memory and drives, each
/// with the Redfish properties SMD's LocationInfo and FRUInfo objects hold (SMD derives FRU IDs and history).
/// Parts are numbered in natural order of their Redfish Ids; a part whose Status is <c>Absent</c> is an empty
/// location. Parts beyond what an xname can number (a fifth CPU socket) are left out, and parts that claim the same
/// FRU identity (type, manufacturer, part and serial number: the two nodes of a Cray EX node card can) are kept
/// without their serial number, since SMD holds a FRU in one place only; both are listed in <see cref="Notes"/>.
/// </summary>
public sealed class HardwarePayload
{
    private static readonly RedfishJsonContext s_json = RedfishJsonContext.Default;
    private static readonly string[] s_chassisLocation = ["Id", "Name", "Description", "HostName"];
    private static readonly string[] s_chassisFru = ["AssetTag", "ChassisType", "Model", "Manufacturer", "PartNumber", "SerialNumber", "SKU"];
    private static readonly string[] s_powerSupplyFru =
        ["Manufacturer", "SerialNumber", "Model", "PartNumber", "PowerCapacityWatts", "PowerInputWatts", "PowerOutputWatts", "PowerSupplyType"];
    private static readonly string[] s_processorFru =
    [
        "InstructionSet", "Manufacturer", "MaxSpeedMHz", "Model", "SerialNumber", "PartNumber", "ProcessorArchitecture",
        "ProcessorId", "ProcessorType", "TotalCores", "TotalThreads",
    ];
    private static readonly string[] s_memoryFru =
    [
        "BaseModuleType", "BusWidthBits", "CapacityMiB", "DataWidthBits", "ErrorCorrection", "Manufacturer", "MemoryType",
        "MemoryDeviceType", "OperatingSpeedMhz", "PartNumber", "RankCount", "SerialNumber",
    ];
    private static readonly string[] s_driveFru =
    [
        "Manufacturer", "SerialNumber", "PartNumber", "Model", "SKU", "CapacityBytes", "Protocol", "MediaType", "RotationSpeedRPM",
        "BlockSizeBytes", "CapableSpeedGbs", "FailurePredicted", "EncryptionAbility", "EncryptionStatus", "NegotiatedSpeedGbs",
        "PredictedMediaLifeLeftPercent",
    ];

    private const int MaxProcessorSockets = 4;

    private readonly List<string> _notes = [];

    private HardwarePayload(JsonObject body) => Body = body;

    /// <summary><c>{"Hardware":[…]}</c>.</summary>
    public JsonObject Body { get; }

    /// <summary>What was left out or changed, and why.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public static HardwarePayload Build(BmcCollection bmc)
    {
        var entries = new JsonArray();
        var payload = new HardwarePayload(new JsonObject { ["Hardware"] = entries });
        if (bmc.OwnManager is { } manager && bmc.Id.Type == XnameType.NodeBMC)
        {
            var json = RedfishJson.ToObject(manager.Manager, s_json.Manager);
            entries.Add(Location(bmc.Id, "NodeBMC", json, ["DateTime", "DateTimeLocalOffset", "Description", "FirmwareVersion", "Id", "Name"],
                ["ManagerType", "Model", "Manufacturer", "PartNumber", "SerialNumber"], Present(manager.Manager.Status)));
        }

        foreach (var chassis in bmc.Inventory.Chassis)
        {
            if (bmc.Chassis.TryGetValue(RedfishPaths.Normalize(chassis.Chassis.ODataId), out var id))
            {
                entries.Add(payload.Chassis(id, chassis));
            }
        }

        foreach (var system in bmc.Inventory.Systems)
        {
            if (bmc.Nodes.TryGetValue(RedfishPaths.Normalize(system.System.ODataId), out var node))
            {
                entries.Add(payload.Node(node, system));
            }
        }

        payload.SeparateSharedFrus();
        return payload;
    }

    /// <summary>Drops the serial number of parts that share one FRU identity, so that each is its own FRU in SMD.</summary>
    private void SeparateSharedFrus()
    {
        var shared = Locations(Body["Hardware"]!.AsArray())
            .Where(l => l["PopulatedFRU"] is JsonObject)
            .GroupBy(l => FruId(l))
            .Where(g => !g.Key.StartsWith("FRUIDfor", StringComparison.Ordinal) && g.Count() > 1);
        foreach (var group in shared)
        {
            foreach (var location in group)
            {
                location["PopulatedFRU"]!.AsObject().Single().Value!.AsObject().Remove("SerialNumber");
            }

            _notes.Add($"{string.Join(", ", group.Select(l => l["ID"].AsString()))} report the same FRU ({group.Key}): recorded without serial number");
        }
    }

    /// <summary>SMD's FRU ID for a location (power supplies leave the part number out, as SMD does).</summary>
    private static string FruId(JsonObject location)
    {
        var id = location["ID"].AsString()!;
        var type = XnameTypes.Name(Xname.Parse(id).Type);
        var info = location["PopulatedFRU"]!.AsObject().Single().Value!.AsObject();
        var partNumber = type == "NodeEnclosurePowerSupply" ? "" : info["PartNumber"].AsString() ?? "";
        return FruIds.Standard(type, id, info["Manufacturer"].AsString() ?? "", partNumber, info["SerialNumber"].AsString() ?? "");
    }

    /// <summary>Every location, nested ones included.</summary>
    private static IEnumerable<JsonObject> Locations(JsonArray entries) =>
        entries.OfType<JsonObject>().SelectMany(l => l.Where(p => p.Value is JsonArray).SelectMany(p => Locations(p.Value!.AsArray())).Prepend(l));

    private JsonObject Chassis(Xname id, ChassisInventory inventory)
    {
        var type = XnameTypes.Name(id.Type);
        var entry = Location(id, type, RedfishJson.ToObject(inventory.Chassis, s_json.Chassis), s_chassisLocation, s_chassisFru, Present(inventory.Chassis.Status));
        if (id.Type == XnameType.NodeEnclosure)
        {
            var supplies = inventory.PowerSupplies
                .Select((supply, index) => Location(
                    Xname.Parse($"{id.Value}t{index}"), "NodeEnclosurePowerSupply", RedfishJson.ToObject(supply, s_json.PowerSupply),
                    ["Name", "FirmwareVersion"], s_powerSupplyFru, Present(supply.Status)))
                .ToList();
            entry.With("NodeEnclosurePowerSupplies", supplies.Count > 0 ? new JsonArray([.. supplies]) : null);
        }

        return entry;
    }

    private JsonObject Node(Xname node, SystemInventory inventory)
    {
        var entry = Location(node, "Node", RedfishJson.ToObject(inventory.System, s_json.ComputerSystem),
            ["Id", "Name", "Description", "HostName", "ProcessorSummary", "MemorySummary"],
            ["AssetTag", "BiosVersion", "Model", "Manufacturer", "PartNumber", "SerialNumber", "SKU", "SystemType", "UUID"],
            Present(inventory.System.Status));

        var (cpus, accelerators) = Split(inventory.Processors);
        entry.With("Processors", Parts(cpus, i => i < MaxProcessorSockets ? $"{node.Value}p{i}" : null, "Processor",
            p => RedfishJson.ToObject(p, s_json.Processor), ["Id", "Name", "Description", "Socket"], s_processorFru, p => p.Status, p => p.ODataId));
        entry.With("NodeAccels", Parts(accelerators, i => $"{node.Value}a{i}", "NodeAccel",
            p => RedfishJson.ToObject(p, s_json.Processor), ["Id", "Name", "Description", "Socket"], s_processorFru, p => p.Status, p => p.ODataId));
        entry.With("Memory", Parts(inventory.Memory, i => $"{node.Value}d{i}", "Memory",
            m => RedfishJson.ToObject(m, s_json.Memory), ["Id", "Name", "Description", "MemoryLocation"], s_memoryFru, m => m.Status, m => m.ODataId));
        entry.With("Drives", Parts(inventory.Drives, i => $"{node.Value}g0k{i}", "Drive",
            d => RedfishJson.ToObject(d, s_json.Drive), ["Id", "Name", "Description"], s_driveFru, d => d.Status, d => d.ODataId));
        return entry;
    }

    /// <summary>CPUs, and the GPUs, FPGAs and other accelerators SMD keeps as NodeAccels.</summary>
    private static (IReadOnlyList<Processor> Cpus, IReadOnlyList<Processor> Accelerators) Split(IReadOnlyList<Processor> processors)
    {
        var accelerator = processors.ToLookup(p => p.ProcessorType is { } type && !type.Equals("CPU", StringComparison.OrdinalIgnoreCase)
            && !type.Equals("Core", StringComparison.OrdinalIgnoreCase) && !type.Equals("Thread", StringComparison.OrdinalIgnoreCase));
        return ([.. accelerator[false]], [.. accelerator[true]]);
    }

    private JsonArray? Parts<T>(
        IReadOnlyList<T> parts, Func<int, string?> xname, string type, Func<T, JsonObject> toJson, string[] location, string[] fru,
        Func<T, ResourceStatus?> status, Func<T, string?> path)
    {
        var entries = new JsonArray();
        var index = 0;
        foreach (var part in parts.OrderBy(p => path(p) ?? "", NaturalOrder.Instance))
        {
            if (xname(index++) is not { } id)
            {
                _notes.Add($"{path(part)}: left out, no {type} xname is left for it");
                continue;
            }

            entries.Add(Location(Xname.Parse(id), type, toJson(part), location, fru, Present(status(part))));
        }

        return entries.Count > 0 ? entries : null;
    }

    /// <summary>One hardware location; its FRU only when something is there.</summary>
    private static JsonObject Location(Xname id, string type, JsonObject resource, string[] location, string[] fru, bool present)
    {
        var entry = new JsonObject
        {
            ["ID"] = id.Value,
            ["Status"] = present ? "Populated" : "Empty",
            [$"{type}LocationInfo"] = RedfishJson.Pick(resource, location),
        };
        if (present)
        {
            entry["PopulatedFRU"] = new JsonObject { [$"{type}FRUInfo"] = RedfishJson.Pick(resource, fru) };
        }

        return entry;
    }

    private static bool Present(ResourceStatus? status) => !string.Equals(status?.State, "Absent", StringComparison.OrdinalIgnoreCase);
}
