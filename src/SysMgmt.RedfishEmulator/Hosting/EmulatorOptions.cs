using SysMgmt.RedfishEmulator.Bmcs;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>What the emulator serves, where, and how each BMC misbehaves.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>Tall-form mockup directories, used in turn: BMC <c>i</c> serves mockup <c>i mod count</c>.</summary>
    public IList<string> Mockups { get; set; } = [];

    /// <summary>The IPv4 address of the first BMC.</summary>
    public string Address { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 443;

    /// <summary>How many BMCs to serve.</summary>
    public int Count { get; set; } = 1;

    public EmulatorLayout Layout { get; set; } = EmulatorLayout.ConsecutiveAddresses;

    /// <summary>Plain HTTP instead of HTTPS with a generated certificate.</summary>
    public bool Http { get; set; }

    public string Username { get; set; } = BmcCredentials.Default.Username;

    public string Password { get; set; } = BmcCredentials.Default.Password;

    /// <summary>Members per collection page (with <c>Members@odata.nextLink</c>); 0 serves whole collections.</summary>
    public int PageSize { get; set; }

    /// <summary>How long a Task started by SimpleUpdate runs before it completes.</summary>
    public TimeSpan TaskDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Faults by BMC index; BMCs not listed behave.</summary>
    public IDictionary<int, BmcFaults> Faults { get; set; } = new Dictionary<int, BmcFaults>();
}
