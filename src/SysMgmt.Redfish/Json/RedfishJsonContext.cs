using System.Text.Json.Serialization;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish.Json;

/// <summary>Source-generated JSON for every Redfish record, tolerant of the number/string mix-ups BMCs make.</summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LenientStringConverter), typeof(LenientLinkConverter)])]
[JsonSerializable(typeof(ServiceRoot))]
[JsonSerializable(typeof(RedfishCollection))]
[JsonSerializable(typeof(ComputerSystem))]
[JsonSerializable(typeof(Manager))]
[JsonSerializable(typeof(Chassis))]
[JsonSerializable(typeof(EthernetInterface))]
[JsonSerializable(typeof(NetworkInterface))]
[JsonSerializable(typeof(NetworkAdapter))]
[JsonSerializable(typeof(Processor))]
[JsonSerializable(typeof(Memory))]
[JsonSerializable(typeof(Storage))]
[JsonSerializable(typeof(Drive))]
[JsonSerializable(typeof(Power))]
[JsonSerializable(typeof(PowerSupply))]
[JsonSerializable(typeof(UpdateService))]
[JsonSerializable(typeof(RedfishService))]
[JsonSerializable(typeof(SoftwareInventory))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(RedfishTask))]
[JsonSerializable(typeof(ActionInfo))]
[JsonSerializable(typeof(RedfishError))]
[JsonSerializable(typeof(SessionLogin))]
[JsonSerializable(typeof(ResetRequest))]
[JsonSerializable(typeof(BootOverridePatch))]
[JsonSerializable(typeof(SimpleUpdateRequest))]
[JsonSerializable(typeof(UpdateParameters))]
public sealed partial class RedfishJsonContext : JsonSerializerContext;
