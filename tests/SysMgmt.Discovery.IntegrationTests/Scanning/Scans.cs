using System.Net;
using SysMgmt.Discovery.Scanning;

namespace SysMgmt.Discovery.IntegrationTests.Scanning;

/// <summary>Runs a whole scan and returns every result.</summary>
internal static class Scans
{
    public static async Task<List<ScanResult>> RunAsync(ScanTargetOptions targets, ScanOptions options, CancellationToken cancellationToken)
    {
        Assert.True(ScanPlan.TryCreate(targets, out var plan, out var errors), string.Join("\n", errors));
        var results = new List<ScanResult>();
        await foreach (var result in new BmcScanner(options).ScanAsync(plan, cancellationToken))
        {
            results.Add(result);
        }

        Assert.Equal(plan.Count, results.Count);
        return results;
    }

    public static async Task<ScanResult> RunOneAsync(string host, ScanOptions options, CancellationToken cancellationToken) =>
        Assert.Single(await RunAsync(new ScanTargetOptions { Hosts = [host] }, options, cancellationToken));

    public static string Url(IPEndPoint endpoint, string scheme = "https") => new ScanTarget(scheme, endpoint.Address, endpoint.Port).Url;
}
