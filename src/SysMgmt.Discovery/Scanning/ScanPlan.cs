using System.Collections;
using System.Net.Sockets;

namespace SysMgmt.Discovery.Scanning;

/// <summary>
/// Exactly the targets the user named, each once: per scheme and port, merged address ranges minus the
/// exclusions, plus DNS names. Enumerating it makes each <see cref="ScanTarget"/> as it is asked for, so a /16 costs
/// no memory up front.
/// </summary>
public sealed class ScanPlan : IEnumerable<ScanTarget>
{
    private readonly IReadOnlyList<ServiceRanges> _services;
    private readonly IReadOnlyList<ScanTarget> _named;

    private ScanPlan(IReadOnlyList<ServiceRanges> services, IReadOnlyList<ScanTarget> named, IReadOnlyList<AddressRange> exclusions)
    {
        _services = services;
        _named = named;
        Exclusions = exclusions;
        var total = _services.Aggregate(UInt128.Zero, (sum, service) => sum + service.Ranges.Aggregate(UInt128.Zero, (s, r) => s + r.Count));
        Count = (long)UInt128.Min(total + (UInt128)_named.Count, long.MaxValue);
    }

    /// <summary>How many targets enumerating the plan yields.</summary>
    public long Count { get; }

    /// <summary>The excluded addresses: a DNS name that resolves only into them is not contacted either.</summary>
    public IReadOnlyList<AddressRange> Exclusions { get; }

    /// <summary>Checks and expands the options; every problem is reported, each naming the value at fault.</summary>
    public static bool TryCreate(ScanTargetOptions options, out ScanPlan plan, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var scheme = ScanSchemes.Normalize(options.Scheme);
        if (scheme is null)
        {
            problems.Add($"scheme '{options.Scheme}' is not https or http");
        }

        problems.AddRange(options.Ports.Where(p => p is < 1 or > 65535).Select(p => $"port {p} is not a port number (1 to 65535)"));
        if (options.Ports.Count == 0)
        {
            problems.Add("no port to scan");
        }

        var ports = options.Ports.Where(p => p is >= 1 and <= 65535).Distinct().ToList();
        if (!SubnetMask.TryParsePrefixLength(options.SubnetMask, out var maskPrefix, out var maskError))
        {
            problems.Add(maskError);
        }

        var exclusions = new List<AddressRange>();
        foreach (var text in options.Exclusions)
        {
            if (AddressExclusion.TryParse(text, out var range, out var error))
            {
                exclusions.Add(range);
            }
            else
            {
                problems.Add(error);
            }
        }

        var ranges = new Dictionary<(string Scheme, int Port), List<AddressRange>>();
        var named = new List<ScanTarget>();
        void Add(string targetScheme, IEnumerable<int> targetPorts, AddressRange range)
        {
            foreach (var port in targetPorts)
            {
                if (!ranges.TryGetValue((targetScheme, port), out var list))
                {
                    ranges[(targetScheme, port)] = list = [];
                }

                list.Add(range);
            }
        }

        foreach (var text in options.Subnets.Concat(options.Hosts.Where(IsBlock)))
        {
            if (!Subnet.TryParse(text, maskPrefix, out var subnet, out var error))
            {
                problems.Add(error);
            }
            else if (SizeProblem(subnet, options.AllowLarge) is { } sizeError)
            {
                problems.Add(sizeError);
            }
            else if (scheme is not null)
            {
                Add(scheme, ports, subnet.Hosts);
            }
        }

        foreach (var text in options.Hosts.Where(h => !IsBlock(h)))
        {
            if (!HostArgument.TryParse(text, out var host, out var error))
            {
                problems.Add(error);
                continue;
            }

            var hostScheme = host.Scheme ?? scheme;
            var hostPorts = host.Port is { } port ? [port] : ports;
            if (hostScheme is null)
            {
                continue;
            }

            if (host.Address is not null)
            {
                Add(hostScheme, hostPorts, AddressRange.Single(host.Address));
            }
            else
            {
                named.AddRange(hostPorts.Select(p => new ScanTarget(hostScheme, host.Host, p)));
            }
        }

        if (options.Subnets.Count == 0 && options.Hosts.Count == 0)
        {
            problems.Add("nothing to scan: name hosts, URLs or subnets");
        }

        errors = problems;
        plan = new ScanPlan(
            [.. ranges.Select(pair => new ServiceRanges(pair.Key.Scheme, pair.Key.Port, AddressRangeSet.Subtract(pair.Value, exclusions)))],
            [.. named.Distinct()],
            AddressRangeSet.Normalize(exclusions));
        return problems.Count == 0;
    }

    public IEnumerator<ScanTarget> GetEnumerator()
    {
        foreach (var service in _services)
        {
            foreach (var range in service.Ranges)
            {
                foreach (var address in range.Addresses())
                {
                    yield return new ScanTarget(service.Scheme, address, service.Port);
                }
            }
        }

        foreach (var target in _named)
        {
            yield return target;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A CIDR block given among the hosts (a URL may have a path, so it is not one).</summary>
    private static bool IsBlock(string text) =>
        text.Contains('/', StringComparison.Ordinal) && !text.Contains("://", StringComparison.Ordinal);

    private static string? SizeProblem(Subnet subnet, bool allowLarge)
    {
        var (limit, name) = subnet.Family == AddressFamily.InterNetwork ? (ScanLimits.IPv4Prefix, "IPv4") : (ScanLimits.IPv6Prefix, "IPv6");
        if (subnet.Family == AddressFamily.InterNetworkV6 && subnet.PrefixLength < ScanLimits.IPv6PrefixAllowLarge)
        {
            return $"subnet {subnet} is too large to scan: IPv6 prefixes must be /{ScanLimits.IPv6PrefixAllowLarge} or longer";
        }

        return subnet.PrefixLength >= limit || allowLarge
            ? null
            : $"subnet {subnet} has {subnet.Hosts.Count:N0} addresses: {name} blocks larger than /{limit} need --allow-large";
    }

    private sealed record ServiceRanges(string Scheme, int Port, IReadOnlyList<AddressRange> Ranges);
}
