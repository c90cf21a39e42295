using System.Diagnostics.Metrics;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.Telemetry;

/// <summary>
/// SMD's own instruments (meter <c>SysMgmt.Smd</c>): discovery ingestions by outcome and their duration. Database
/// pool use comes from Npgsql's own meter.
/// </summary>
internal sealed class SmdMetrics
{
    public const string MeterName = "SysMgmt.Smd";

    private readonly Histogram<double> _ingestionDuration;
    private readonly TimeProvider _time;

    public SmdMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        _ingestionDuration = meters.Create(MeterName).CreateHistogram<double>("sysmgmt.smd.discovery.ingestion.duration", "s",
            "Time to ingest the inventory a discovery agent sent for one Redfish endpoint, by outcome (ingested or refused); its count is the number of ingestions");
    }

    /// <summary>Runs one ingestion and records how long it took and whether it was refused.</summary>
    public async Task<Outcome<T>> MeasureIngestionAsync<T>(Func<Task<Outcome<T>>> ingest)
    {
        var started = _time.GetTimestamp();
        var outcome = await ingest();
        _ingestionDuration.Record(_time.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("outcome", outcome.Problem is null ? "ingested" : "refused"));
        return outcome;
    }
}
