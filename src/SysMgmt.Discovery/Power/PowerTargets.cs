using System.Net;
using SysMgmt.Core.Xnames;
using SysMgmt.Discovery.Bmcs;
using SysMgmt.Discovery.Formats;
using SysMgmt.Discovery.Smd;

namespace SysMgmt.Discovery.Power;

/// <summary>
/// Finds where nodes are controlled: each node's ComponentEndpoint in SMD names its BMC (the RedfishEndpoint's FQDN,
/// which carries a port when the BMC does not listen on 443) and its System's path. Discovery fills these; magellan
/// needed a collect output file instead.
/// </summary>
public sealed class PowerTargets(SmdClient smd)
{
    public async Task<(PowerTarget? Target, string? Error)> FindAsync(Xname node, CancellationToken cancellationToken)
    {
        var answer = await smd.GetAsync($"{SmdClient.ComponentEndpointsPath}/{node.Value}", cancellationToken);
        if (answer.Status == HttpStatusCode.NotFound)
        {
            return (null, $"{node} has no component endpoint in SMD: discover its BMC first ('sysmgmt discover collect --send')");
        }

        if (!answer.IsSuccess)
        {
            return (null, $"SMD did not answer for {node}: {answer.Describe()}");
        }

        var endpoint = answer.Body!;
        if (endpoint["RedfishType"].AsString() != "ComputerSystem")
        {
            return (null, $"{node} is a {endpoint["RedfishType"].AsString() ?? "component"} in SMD, not a node with a Redfish System");
        }

        var fqdn = endpoint["RedfishEndpointFQDN"].AsString();
        var path = endpoint["OdataID"].AsString();
        return fqdn is { Length: > 0 } && path is { Length: > 0 } && BmcAddress.TryParse(fqdn, out var bmc, out _)
            ? (new PowerTarget(node, bmc.BaseUri, path), null)
            : (null, $"SMD records no usable BMC address or System path for {node} (FQDN '{fqdn}', path '{path}')");
    }
}
