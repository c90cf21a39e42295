using SysMgmt.Redfish;
using SysMgmt.Redfish.Actions;
using SysMgmt.Redfish.Json;

namespace SysMgmt.Discovery.Firmware;

/// <summary>Reads a BMC's UpdateService and FirmwareInventory (magellan's <c>update --status</c>, with the inventory).</summary>
public static class FirmwareStatusReader
{
    public static async Task<FirmwareStatus> ReadAsync(RedfishClient client, CancellationToken cancellationToken)
    {
        var service = await client.GetUpdateServiceAsync(cancellationToken);
        var members = await client.GetMembersAsync(service.FirmwareInventory, RedfishJsonContext.Default.SoftwareInventory, cancellationToken);
        List<FirmwareUpdateMethod> methods = [];
        if (service.Actions?.SimpleUpdate?.Target is not null)
        {
            methods.Add(FirmwareUpdateMethod.SimpleUpdate);
        }

        if (service.HttpPushUri is { Length: > 0 })
        {
            methods.Add(FirmwareUpdateMethod.HttpPush);
        }

        if (service.MultipartHttpPushUri is { Length: > 0 })
        {
            methods.Add(FirmwareUpdateMethod.MultipartHttpPush);
        }

        return new FirmwareStatus
        {
            ServiceEnabled = service.ServiceEnabled,
            State = service.Status?.State,
            Health = service.Status?.Health,
            Methods = methods,
            Components = [.. members.Select(m => new FirmwareComponent(m.Id ?? m.ODataId ?? "?", m.Name, m.Version, m.Updateable))],
        };
    }
}
