using System.Net;
using SysMgmt.RedfishEmulator.Identity;
using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>One emulated BMC: an endpoint serving a (shared) mockup with its own identity, faults and state.</summary>
public sealed class EmulatedBmc
{
    private BmcFaults _faults;
    private int _serverErrorsAnswered;
    private long _requestCount;
    private BmcState? _state;

    internal EmulatedBmc(int index, IPEndPoint endpoint, bool https, MockupTree mockup, BmcCredentials credentials, BmcFaults faults)
    {
        Index = index;
        Endpoint = endpoint;
        Mockup = mockup;
        Credentials = credentials;
        Identity = new BmcIdentity(index);
        BaseUri = new Uri($"{(https ? "https" : "http")}://{endpoint}");
        _faults = faults;
    }

    /// <summary>The BMC's number, from 0; it seeds the BMC's serials, UUIDs and MACs.</summary>
    public int Index { get; }

    public IPEndPoint Endpoint { get; }

    /// <summary>Scheme, address and port, e.g. <c>https://127.1.0.1:8443</c>.</summary>
    public Uri BaseUri { get; }

    public MockupTree Mockup { get; }

    public BmcCredentials Credentials { get; }

    public BmcIdentity Identity { get; }

    /// <summary>The BMC's faults; setting them takes effect on the next request (refusal only at startup).</summary>
    public BmcFaults Faults
    {
        get => Volatile.Read(ref _faults);
        set
        {
            Interlocked.Exchange(ref _serverErrorsAnswered, 0);
            Volatile.Write(ref _faults, value);
        }
    }

    /// <summary>Requests received so far, faulty or not (tests use it to see what a client sent).</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    /// <summary>The BMC's changes, created on first use.</summary>
    public BmcState State => LazyInitializer.EnsureInitialized(ref _state);

    /// <summary>The state if anything was ever changed, so reads of untouched BMCs allocate nothing.</summary>
    internal BmcState? ExistingState => Volatile.Read(ref _state);

    internal void CountRequest() => Interlocked.Increment(ref _requestCount);

    /// <summary>True when this request must answer 500 (<see cref="BmcFaults.ServerErrors"/>).</summary>
    internal bool TakeServerError()
    {
        var limit = Faults.ServerErrors;
        return limit > 0 && (limit == int.MaxValue || Interlocked.Increment(ref _serverErrorsAnswered) <= limit);
    }
}
