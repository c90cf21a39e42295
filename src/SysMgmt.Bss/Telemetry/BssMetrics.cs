using System.Diagnostics.Metrics;
using SysMgmt.Bss.NodeIndex;

namespace SysMgmt.Bss.Telemetry;

/// <summary>
/// BSS's own instruments (meter <c>SysMgmt.Bss</c>): boot scripts and cloud-init answers by outcome, and the node
/// index's size and age. Counting costs an interlocked add when nobody listens, so the hot routes can afford it.
/// </summary>
internal sealed class BssMetrics
{
    public const string MeterName = "SysMgmt.Bss";

    private readonly Counter<long> _bootScripts;
    private readonly Counter<long> _cloudInit;

    public BssMetrics(IMeterFactory meters, NodeDirectory directory, TimeProvider time)
    {
        var meter = meters.Create(MeterName);
        _bootScripts = meter.CreateCounter<long>("sysmgmt.bss.bootscripts", "{script}",
            "Boot scripts answered, by outcome: known (the node's own script), unknown (a retry script), disabled (refused), retry_capped (the give-up script)");
        _cloudInit = meter.CreateCounter<long>("sysmgmt.bss.cloud_init.answers", "{answer}",
            "Cloud-init answers, by document and outcome: known (a node's address), unknown (an address no node has), refused (a problem answer)");
        meter.CreateObservableGauge("sysmgmt.bss.node_index.nodes", () => directory.Current.Count, "{node}",
            "Nodes in the in-memory index read from SMD");
        meter.CreateObservableGauge("sysmgmt.bss.node_index.age", () => Age(directory, time), "s",
            "Seconds since the node index was last known to be current: read from SMD, or a change or heartbeat from its stream");
    }

    public void BootScript(BootScriptOutcome outcome) =>
        _bootScripts.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            BootScriptOutcome.Known => "known",
            BootScriptOutcome.Unknown => "unknown",
            BootScriptOutcome.Disabled => "disabled",
            _ => "retry_capped",
        }));

    /// <summary>One answer to <c>meta-data</c>, <c>user-data</c>, <c>vendor-data</c> or <c>phone-home</c>.</summary>
    public void CloudInit(string document, CloudInitOutcome outcome) =>
        _cloudInit.Add(1, new KeyValuePair<string, object?>("document", document), new KeyValuePair<string, object?>("outcome", outcome switch
        {
            CloudInitOutcome.Known => "known",
            CloudInitOutcome.Unknown => "unknown",
            _ => "refused",
        }));

    private static Measurement<double>[] Age(NodeDirectory directory, TimeProvider time) =>
        directory.Status.LastSuccess is { } last ? [new Measurement<double>((time.GetUtcNow() - last).TotalSeconds)] : [];
}
