using System.Net;
using System.Text.Json.Nodes;
using Spectre.Console;
using SysMgmt.Discovery.Smd;
using SysMgmt.Dhcp.Leases;

namespace SysMgmt.Cli.Commands.Dhcp;

/// <summary>
/// <c>dhcp follow --record-leases</c>'s side of SMD: adds a leased address to its Ethernet interface
/// (<c>POST …/EthernetInterfaces/{id}/IPAddresses</c>, which keeps the interface's other fields) and says so.
/// </summary>
internal sealed class LeaseRecorder(SmdClient smd, CliConsole console) : IDisposable
{
    /// <summary>Null when SMD has the address now (a 409: it had it already), else why not.</summary>
    public async Task<string?> RecordAsync(LeaseToRecord lease, CancellationToken cancellationToken)
    {
        var id = lease.Mac.Replace(":", "", StringComparison.Ordinal);
        var answer = await smd.PostAsync($"hsm/v2/Inventory/EthernetInterfaces/{id}/IPAddresses",
            new JsonObject { ["IPAddress"] = lease.Address.ToString() }, cancellationToken);
        return answer.IsSuccess || answer.Status == HttpStatusCode.Conflict ? null : answer.Describe();
    }

    public void Report(LeaseToRecord lease, string? problem)
    {
        if (problem is null)
        {
            console.Messages.MarkupLineInterpolated($"Recorded {lease.Address} (leased to {lease.Mac}) for {lease.Xname} in SMD");
        }
        else
        {
            console.Warning($"could not record {lease.Address} (leased to {lease.Mac}) for {lease.Xname} in SMD: {problem}; trying again");
        }
    }

    public void Dispose() => smd.Dispose();
}
