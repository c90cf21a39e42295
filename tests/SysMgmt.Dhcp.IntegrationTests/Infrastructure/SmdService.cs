using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.Dhcp.IntegrationTests.Infrastructure;

/// <summary>A real SMD process on its own database, with its REST endpoint and its HTTP/2 inventory endpoint.</summary>
internal sealed class SmdService : IAsyncDisposable
{
    private readonly TestTokenIssuer _tokens;
    private readonly ServiceProcess _process;
    private readonly HttpClient _client;

    private SmdService(TestTokenIssuer tokens, ServiceProcess process)
    {
        _tokens = tokens;
        _process = process;
        _client = new HttpClient { BaseAddress = new Uri(process.BaseUrl) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateToken("read write", lifetime: TimeSpan.FromHours(1)));
    }

    public string GrpcUrl => _process.GrpcUrl!;

    /// <summary>What <c>sysmgmt dhcp follow</c> needs: the read scope only.</summary>
    public string ReadToken() => _tokens.CreateToken("read", subject: "dhcp", lifetime: TimeSpan.FromHours(1));

    /// <summary>What <c>sysmgmt dhcp follow --record-leases</c> needs: the write scope too.</summary>
    public string WriteToken() => _tokens.CreateToken("read write", subject: "dhcp", lifetime: TimeSpan.FromHours(1));

    /// <summary>SMD's REST base URL.</summary>
    public string Url => _process.BaseUrl;

    /// <summary>A valid token with neither the read scope nor the write scope (which includes reading).</summary>
    public string TokenWithoutReadScope() => _tokens.CreateToken("metrics", subject: "dhcp", lifetime: TimeSpan.FromHours(1));

    public static async Task<SmdService> StartAsync(PostgresServer postgres, CancellationToken cancellationToken)
    {
        var tokens = new TestTokenIssuer();
        var environment = tokens.ToConfiguration().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        environment["Serilog__MinimumLevel__Default"] = "Warning";
        environment["ConnectionStrings__Smd"] = await postgres.CreateDatabaseAsync("smd", cancellationToken);
        environment["Smd__Credentials__Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var process = ServiceProcess.StartWithGrpc("SysMgmt.Smd.dll", environment);
        try
        {
            await process.WaitUntilReadyAsync("/hsm/v2/service/ready", TimeSpan.FromSeconds(60), cancellationToken);
            return new SmdService(tokens, process);
        }
        catch
        {
            await process.DisposeAsync();
            tokens.Dispose();
            throw;
        }
    }

    /// <summary>Adds a node (its component, with a NID when given, and one Ethernet interface with its address).</summary>
    public async Task AddNodeAsync(string xname, long? nid, string mac, string? address, CancellationToken cancellationToken)
    {
        var component = new Dictionary<string, object> { ["ID"] = xname, ["State"] = "Ready", ["Role"] = "Compute" };
        if (nid is { } value)
        {
            component["NID"] = value;
        }

        using var created = await _client.PostJsonAsync("/hsm/v2/State/Components", JsonSerializer.Serialize(new { Components = new[] { component } }), cancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        var addresses = address is null ? [] : new[] { new { IPAddress = address } };
        using var nic = await _client.PostJsonAsync("/hsm/v2/Inventory/EthernetInterfaces",
            JsonSerializer.Serialize(new { MACAddress = mac, ComponentID = xname, IPAddresses = addresses }), cancellationToken);
        Assert.True(nic.StatusCode == HttpStatusCode.Created, await nic.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The IP addresses SMD has for an Ethernet interface.</summary>
    public async Task<string[]> InterfaceAddressesAsync(string mac, CancellationToken cancellationToken)
    {
        var json = await _client.GetStringAsync($"/hsm/v2/Inventory/EthernetInterfaces/{mac.Replace(":", "", StringComparison.Ordinal)}/IPAddresses", cancellationToken);
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(a => a.GetProperty("IPAddress").GetString()!)];
    }

    /// <summary>Deletes an Ethernet interface (SMD's ID for it: the MAC's hex digits).</summary>
    public async Task RemoveInterfaceAsync(string mac, CancellationToken cancellationToken)
    {
        using var response = await _client.DeleteAsync($"/hsm/v2/Inventory/EthernetInterfaces/{mac.Replace(":", "", StringComparison.Ordinal)}", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _process.DisposeAsync();
        _tokens.Dispose();
    }
}
