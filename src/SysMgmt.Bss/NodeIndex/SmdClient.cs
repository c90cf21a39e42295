using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// Reads SMD's bulk node inventory over its API (never its tables): components, component endpoints and Ethernet
/// interfaces of type Node. Bodies are streamed into records, so 100,000 nodes do not need a copy as text.
/// </summary>
internal sealed class SmdClient(HttpClient http, SmdToken smdToken)
{
    public const string ComponentsPath = "/hsm/v2/State/Components?type=Node";
    public const string ComponentEndpointsPath = "/hsm/v2/Inventory/ComponentEndpoints?type=Node";
    public const string EthernetInterfacesPath = "/hsm/v2/Inventory/EthernetInterfaces?Type=Node";

    public const string LatestChangePath = "/hsm/v2/changes?limit=0";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    public async Task<SmdInventory> ReadInventoryAsync(CancellationToken cancellationToken)
    {
        var bearer = smdToken.Read();
        var components = GetAsync<ComponentArray>(ComponentsPath, bearer, cancellationToken);
        var endpoints = GetAsync<ComponentEndpointArray>(ComponentEndpointsPath, bearer, cancellationToken);
        var interfaces = GetAsync<List<EthernetInterface>>(EthernetInterfacesPath, bearer, cancellationToken);
        await Task.WhenAll(components, endpoints, interfaces).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var componentList = (await Required(components, ComponentsPath)).Components;
        var interfaceList = await Required(interfaces, EthernetInterfacesPath);
        if (!endpoints.IsCompletedSuccessfully)
        {
            throw Failure(endpoints, ComponentEndpointsPath);
        }

        // ComponentEndpoints need a token; without one BSS still works from components and interfaces.
        var (endpointArray, status) = endpoints.Result;
        string? warning = null;
        if (endpointArray is null)
        {
            warning = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? $"SMD refused ComponentEndpoints ({(int)status}): set Bss:Smd:Token or Bss:Smd:TokenFile to a token with " +
                    "SMD's read scope; node MACs come from EthernetInterfaces only"
                : throw new SmdUnavailableException($"SMD answered {(int)status} to GET {ComponentEndpointsPath}");
        }

        return new SmdInventory(componentList, endpointArray?.ComponentEndpoints, interfaceList, warning);
    }

    /// <summary>SMD's newest change-feed sequence (<c>GET /hsm/v2/changes?limit=0</c>).</summary>
    public async Task<ulong> ReadLatestSequenceAsync(CancellationToken cancellationToken)
    {
        var (feed, status) = await GetAsync<ChangeFeedHead>(LatestChangePath, smdToken.Read(), cancellationToken);
        return feed?.LatestSequence ?? throw new SmdUnavailableException($"SMD answered {(int)status} to GET {LatestChangePath}");
    }

    /// <summary>Asks SMD whether it is up, for <c>/boot/v1/service/hsm</c>.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync("/hsm/v2/service/ready", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task<T> Required<T>(Task<(T? Value, HttpStatusCode Status)> read, string path) where T : class
    {
        if (!read.IsCompletedSuccessfully)
        {
            throw Failure(read, path);
        }

        var (value, status) = await read;
        return value ?? throw new SmdUnavailableException($"SMD answered {(int)status} to GET {path}");
    }

    private static SmdUnavailableException Failure<T>(Task<T> read, string path)
    {
        var exception = read.Exception?.GetBaseException();
        return exception as SmdUnavailableException
            ?? new SmdUnavailableException($"GET {path} failed: {exception?.Message ?? "cancelled"}", exception);
    }

    /// <summary>The value, or null with the status when SMD answered with an error status.</summary>
    private async Task<(T? Value, HttpStatusCode Status)> GetAsync<T>(string path, string? token, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, response.StatusCode);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            return (await JsonSerializer.DeserializeAsync<T>(body, s_json, cancellationToken), response.StatusCode);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmdUnavailableException($"GET {path} took longer than {http.Timeout.TotalSeconds:0} s", exception);
        }
        catch (JsonException exception)
        {
            throw new SmdUnavailableException($"GET {path} answered something that is not SMD's JSON: {exception.Message}", exception);
        }
    }

    private sealed record ChangeFeedHead(ulong LatestSequence);
}
