using Microsoft.AspNetCore.Http.HttpResults;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Smd.Service;

/// <summary>The anchors' create answer: <c>201 [{"URI":…}]</c>, with <c>Location</c> set to the URI (one) or the collection (several).</summary>
internal static class CreatedResults
{
    public static Created<List<ResourceUri>> Uris(IReadOnlyList<string> uris, string collection) =>
        TypedResults.Created(uris.Count == 1 ? uris[0] : collection, uris.Select(uri => new ResourceUri(uri)).ToList());
}
