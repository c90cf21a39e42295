using System.Net;
using System.Net.Sockets;
using SysMgmt.RedfishEmulator.Identity;

namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>Every problem with a set of <see cref="EmulatorOptions"/>, so that a user fixes them in one go.</summary>
public static class EmulatorOptionsValidator
{
    public static IReadOnlyList<string> Validate(EmulatorOptions options)
    {
        var errors = new List<string>();
        if (options.Mockups.Count == 0)
        {
            errors.Add("at least one mockup directory is required");
        }

        if (options.Count < 1 || options.Count > BmcIdentity.MaxBmcs)
        {
            errors.Add($"the BMC count must be between 1 and {BmcIdentity.MaxBmcs}, not {options.Count}");
        }

        if (!IPAddress.TryParse(options.Address, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            errors.Add($"'{options.Address}' is not an IPv4 address");
        }
        else if (options.Layout == EmulatorLayout.ConsecutiveAddresses && options.Count > 0
            && (ulong)IPv4.ToNumber(address) + (ulong)options.Count - 1 > uint.MaxValue)
        {
            errors.Add($"{options.Count} consecutive addresses from {options.Address} run past 255.255.255.255");
        }

        var lastPort = options.Layout == EmulatorLayout.ConsecutivePorts ? options.Port + Math.Max(options.Count, 1) - 1 : options.Port;
        if (options.Port < 1 || lastPort > IPEndPoint.MaxPort)
        {
            errors.Add($"ports must be between 1 and {IPEndPoint.MaxPort} (asked for {options.Port}–{lastPort})");
        }

        if (string.IsNullOrEmpty(options.Username))
        {
            errors.Add("the username must not be empty");
        }

        if (options.PageSize < 0)
        {
            errors.Add($"the page size must be 0 (no paging) or more, not {options.PageSize}");
        }

        if (options.TaskDuration < TimeSpan.Zero)
        {
            errors.Add("the task duration must not be negative");
        }

        errors.AddRange(options.Faults.Keys.Where(i => i < 0 || i >= options.Count)
            .Select(i => $"a fault is set for BMC {i}, but BMCs are numbered 0–{options.Count - 1}"));
        return errors;
    }
}
