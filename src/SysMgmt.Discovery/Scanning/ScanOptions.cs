using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SysMgmt.Discovery.Scanning;

/// <summary>How a scan runs: how many targets at once, how long each step may take, how TLS is checked.</summary>
public sealed class ScanOptions
{
    public const int DefaultConcurrency = 64;

    /// <summary>Past this, sockets and ephemeral ports run out before the scan gets faster.</summary>
    public const int MaxConcurrency = 4096;

    /// <summary>Targets (host and port) in flight at once: never more connections than this.</summary>
    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>The most a connection attempt may take, and then the most the probe may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Ask each open port for <c>/redfish/v1/</c>; without it, open ports are the result.</summary>
    public bool Probe { get; init; } = true;

    /// <summary>Accept any certificate.</summary>
    public bool Insecure { get; init; }

    /// <summary>A PEM file of the CAs that BMC certificates must chain to, instead of the system store.</summary>
    public string? CaBundlePath { get; init; }

    /// <summary>
    /// Every problem with these options, each naming the value at fault (by its <c>sysmgmt discover scan</c> flag);
    /// empty when they are usable.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Concurrency is < 1 or > MaxConcurrency)
        {
            errors.Add($"--concurrency {Concurrency} is not from 1 to {MaxConcurrency}");
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromHours(1))
        {
            errors.Add($"--timeout {Timeout.TotalSeconds:0.###} is not a number of seconds more than 0 and at most 3600");
        }

        if (Insecure && CaBundlePath is not null)
        {
            errors.Add("--cacert and --insecure contradict each other: give one");
        }

        if (CaBundlePath is not null && CaBundleProblem(CaBundlePath) is { } problem)
        {
            errors.Add(problem);
        }

        return errors;
    }

    private static string? CaBundleProblem(string path)
    {
        if (!File.Exists(path))
        {
            return $"--cacert '{path}' does not exist";
        }

        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            return certificates.Count == 0 ? $"--cacert '{path}' holds no PEM certificate" : null;
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return $"--cacert '{path}' cannot be read: {exception.Message}";
        }
    }
}
