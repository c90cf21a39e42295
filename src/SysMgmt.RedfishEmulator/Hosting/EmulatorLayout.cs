namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>Where BMC number <c>i</c> listens.</summary>
public enum EmulatorLayout
{
    /// <summary>Address <c>Address + i</c>, all on <c>Port</c> (e.g. 127.1.0.1–127.1.3.232 on 443), as real BMCs.</summary>
    ConsecutiveAddresses,

    /// <summary>Port <c>Port + i</c>, all on <c>Address</c>.</summary>
    ConsecutivePorts,
}
