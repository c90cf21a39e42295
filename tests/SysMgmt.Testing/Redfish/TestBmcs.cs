using SysMgmt.RedfishEmulator.Hosting;

namespace SysMgmt.Testing.Redfish;

/// <summary>Emulated BMCs for tests: the shared mockups, fresh loopback addresses, a free port.</summary>
public static class TestBmcs
{
    /// <summary>A mockup directory under <c>../shared/redfish-mockups</c>.</summary>
    public static string Mockup(string name) => RepositoryPaths.Shared("redfish-mockups", name);

    /// <summary>The name of every mockup in <c>../shared/redfish-mockups</c>.</summary>
    public static IReadOnlyList<string> AllMockupNames() =>
        [.. Directory.GetDirectories(RepositoryPaths.Shared("redfish-mockups")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Options for <paramref name="count"/> BMCs serving <paramref name="mockups"/> in turn, on a fresh address block.</summary>
    public static EmulatorOptions Options(int count, params string[] mockups) => new()
    {
        Mockups = [.. mockups.Select(Mockup)],
        Count = count,
        Address = LoopbackAddresses.NextBlock(count),
        Port = LoopbackPorts.FindFree(),
        TaskDuration = TimeSpan.FromMilliseconds(300),
    };

    /// <summary>Starts the emulator, moving to another address block and port if the first is taken.</summary>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions options, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await EmulatorHost.StartAsync(options, cancellationToken: cancellationToken);
            }
            catch (EmulatorStartException exception) when (attempt < 3 && exception.InnerException is IOException)
            {
                options.Address = LoopbackAddresses.NextBlock(options.Count);
                options.Port = LoopbackPorts.FindFree();
            }
        }
    }

    /// <summary>Writes the emulator's CA to a temporary PEM file, for a client's CA bundle.</summary>
    public static string WriteAuthority(EmulatorHost host)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sysmgmt-test-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, host.Certificates?.AuthorityPem ?? throw new InvalidOperationException("the emulator serves plain HTTP"));
        return path;
    }
}
