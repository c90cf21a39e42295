using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SysMgmt.Redfish.Json;
using SysMgmt.Redfish.Models;

namespace SysMgmt.Redfish;

public sealed partial class RedfishClient
{
    /// <summary>
    /// Every member of the linked collection, in order: pages followed (<c>Members@odata.nextLink</c>), members
    /// expanded in the same answer when the service advertises <c>$expand</c>, the rest fetched in parallel (bounded
    /// per BMC). A missing link is an empty collection; members that answer 404 are skipped; a member listed twice
    /// (some BMCs repeat one) counts once.
    /// </summary>
    public async Task<IReadOnlyList<T>> GetMembersAsync<T>(ODataLink? collection, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (collection?.ODataId is not { Length: > 0 } path)
        {
            return [];
        }

        var slots = new List<Task<T?>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var memberIds = new HashSet<string>(StringComparer.Ordinal);
        string? next = await ExpandQueryAsync(cancellationToken) is { } expand ? WithQuery(path, expand) : path;
        for (var page = 0; next is not null; page++)
        {
            if (page == _options.MaxCollectionPages || !seen.Add(next))
            {
                throw new RedfishException(RedfishErrorKind.InvalidResponse,
                    $"{Resolve(path)} pages without end (stopped after {page} pages at {next})", Resolve(path));
            }

            var members = await GetAsync(next, RedfishJsonContext.Default.RedfishCollection, cancellationToken);
            foreach (var member in members.Members ?? [])
            {
                if (MemberId(member) is { } id && !memberIds.Add(id.TrimEnd('/')))
                {
                    continue;
                }

                slots.Add(IsExpanded(member)
                    ? Task.FromResult<T?>(Deserialize(member, type, next))
                    : GetMemberAsync(member, type, cancellationToken));
            }

            next = members.NextLink;
        }

        return [.. (await Task.WhenAll(slots)).OfType<T>()];
    }

    /// <summary>The <c>$expand</c> query the ServiceRoot advertises, if the options allow it.</summary>
    private async Task<string?> ExpandQueryAsync(CancellationToken cancellationToken)
    {
        var expand = _options.UseExpand ? (await GetServiceRootAsync(cancellationToken)).ProtocolFeaturesSupported?.ExpandQuery : null;
        return expand switch
        {
            { NoLinks: true } => "$expand=.($levels=1)",
            { ExpandAll: true } => "$expand=*($levels=1)",
            _ => null,
        };
    }

    private Task<T?> GetMemberAsync<T>(JsonElement member, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class =>
        MemberId(member) is { } id
            ? GetOptionalAsync(new ODataLink { ODataId = id }, type, cancellationToken)
            : Task.FromResult<T?>(null);

    private static string? MemberId(JsonElement member) =>
        member.ValueKind == JsonValueKind.Object && member.TryGetProperty("@odata.id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>A member carrying more than its <c>@odata.id</c> was expanded by the service.</summary>
    private static bool IsExpanded(JsonElement member) =>
        member.ValueKind == JsonValueKind.Object && member.EnumerateObject().Any(p => p.Name != "@odata.id");

    private T Deserialize<T>(JsonElement member, JsonTypeInfo<T> type, string page)
    {
        try
        {
            return member.Deserialize(type) ?? throw new JsonException("the member is null");
        }
        catch (JsonException exception)
        {
            throw new RedfishException(RedfishErrorKind.InvalidResponse,
                $"{Resolve(page)} holds an expanded member that is not a valid {typeof(T).Name}: {exception.Message}", Resolve(page), innerException: exception);
        }
    }

    private Uri Resolve(string path) => _transport.Resolve(path);

    private static string WithQuery(string path, string query) => path.Contains('?', StringComparison.Ordinal) ? $"{path}&{query}" : $"{path}?{query}";
}
