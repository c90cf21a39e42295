using SysMgmt.RedfishEmulator.Bmcs;
using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>One request to one emulated BMC.</summary>
internal sealed record BmcRequest(HttpContext Http, EmulatedBmc Bmc, string Path, EmulatorOptions Options, TimeProvider Time)
{
    public CancellationToken Aborted => Http.RequestAborted;
}
