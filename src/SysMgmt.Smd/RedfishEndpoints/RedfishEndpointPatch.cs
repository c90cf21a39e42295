namespace SysMgmt.Smd.RedfishEndpoints;

/// <summary>
/// Merges a PATCH body over the stored endpoint, so the result can be validated like a full body. Changing the
/// Hostname or Domain re-derives the FQDN (the anchors answer a 500 there); changing the IPAddress of an endpoint
/// addressed by IP moves its Hostname and FQDN along, as the anchors do.
/// </summary>
internal static class RedfishEndpointPatch
{
    public static RedfishEndpointInput Merge(RedfishEndpointEntity stored, RedfishEndpointInput patch)
    {
        var addressedByIp = stored.IpAddress.Length > 0 && stored.Hostname == stored.IpAddress;
        var movesIp = addressedByIp && patch.IPAddress is { } ip && ip != stored.IpAddress;
        var renames = patch.Hostname is not null || patch.Domain is not null || movesIp;
        return new RedfishEndpointInput
        {
            ID = stored.Id,
            Name = patch.Name ?? stored.Name,
            Hostname = patch.Hostname ?? (movesIp ? patch.IPAddress : stored.Hostname),
            Domain = patch.Domain ?? stored.Domain,
            FQDN = patch.FQDN ?? (renames ? null : stored.Fqdn),
            Enabled = patch.Enabled ?? stored.Enabled,
            UUID = patch.UUID ?? stored.Uuid,
            User = patch.User ?? stored.Username,
            Password = patch.Password,
            UseSSDP = patch.UseSSDP ?? stored.UseSsdp,
            MACRequired = patch.MACRequired ?? stored.MacRequired,
            MACAddr = patch.MACAddr ?? stored.MacAddr,
            IPAddress = patch.IPAddress ?? stored.IpAddress,
            RediscoverOnUpdate = patch.RediscoverOnUpdate ?? stored.RediscoverOnUpdate,
            TemplateID = patch.TemplateID ?? stored.TemplateId,
        };
    }
}
