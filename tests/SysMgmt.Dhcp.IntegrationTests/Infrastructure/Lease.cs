namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>What udhcpc was offered and took (the variables it hands its script).</summary>
internal sealed record Lease(string Address, string? Hostname, string? BootFile, int LeaseSeconds, string? NextServer)
{
    public static Lease Parse(IEnumerable<string> environmentLines)
    {
        var values = environmentLines.Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        return new Lease(values["ip"], values.GetValueOrDefault("hostname"), values.GetValueOrDefault("boot_file"),
            int.Parse(values["lease"], System.Globalization.CultureInfo.InvariantCulture), values.GetValueOrDefault("siaddr"));
    }
}
