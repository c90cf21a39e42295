using System.Diagnostics.Metrics;
using SysMgmt.Bss.Tests.Infrastructure;

namespace SysMgmt.Bss.Tests.Telemetry;

public sealed class BssMetricsTests
{
    private const string Mac = GoldenScenario.Mac;

    [Fact]
    public void Answer_EachOutcome_CountsBootScriptsByOutcome()
    {
        var bed = new BootTestBed(GoldenScenario.Options(maxRetries: 3))
            .WithNodes((GoldenScenario.Node, [Mac], []), (GoldenScenario.Node with { ID = "x0c0s3b0n0", NID = 13, Enabled = false }, ["00:1e:67:df:f4:f3"], []))
            .WithEntries(GoldenScenario.Entry);
        using var recorder = new MeasurementRecorder(bed.MeterFactory);

        bed.Ask("mac=" + Mac);
        bed.Ask("mac=" + Mac + "&retry=1");
        bed.Ask("mac=" + Mac + "&retry=3");
        bed.Ask("mac=02:00:00:00:00:99");
        bed.Ask("mac=00:1e:67:df:f4:f3");

        Assert.Equal(
            ["known", "known", "retry_capped", "unknown", "disabled"],
            recorder.Tags("sysmgmt.bss.bootscripts", "outcome"));
    }

    [Fact]
    public void Observe_NodeIndex_ReportsSizeAndAgeOfLastRefresh()
    {
        var bed = new BootTestBed().WithNodes((GoldenScenario.Node, [Mac], []));
        using var recorder = new MeasurementRecorder(bed.MeterFactory);

        bed.Time.Advance(TimeSpan.FromSeconds(42));
        recorder.Listener.RecordObservableInstruments();

        Assert.Equal([1.0], recorder.Values("sysmgmt.bss.node_index.nodes"));
        Assert.Equal([42.0], recorder.Values("sysmgmt.bss.node_index.age"));
    }

    /// <summary>Collects what the meters of one factory record.</summary>
    private sealed class MeasurementRecorder : IDisposable
    {
        private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];

        public MeasurementRecorder(IMeterFactory factory)
        {
            Listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == factory)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            Listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            Listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
            Listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            Listener.Start();
        }

        public MeterListener Listener { get; } = new();

        public string[] Tags(string instrument, string tag) =>
            [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags.GetValueOrDefault(tag)?.ToString() ?? "(none)")];

        public double[] Values(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];

        public void Dispose() => Listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            _measurements.Add((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
    }
}
