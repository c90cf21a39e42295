using System.Globalization;
using SysMgmt.RedfishEmulator.Mockups;
using SysMgmt.RedfishEmulator.Rendering;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>Reads <c>$skip</c> and <c>$expand</c>, and supplies the live members of the sessions and tasks collections.</summary>
internal static class CollectionViews
{
    public static CollectionView From(BmcRequest request, MockupResource collection)
    {
        var query = request.Http.Request.Query;
        var skip = int.TryParse(query["$skip"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        // "$expand=." / "*" / "~" with any levels: the emulator expands one level, as the client asks.
        var expand = query.ContainsKey("$expand");
        return new CollectionView(skip, request.Options.PageSize, expand, LiveMembers(request, collection.Path));
    }

    private static List<string>? LiveMembers(BmcRequest request, string path)
    {
        var state = request.Bmc.ExistingState;
        return path switch
        {
            RedfishPaths.Sessions => [.. (state?.SessionIds() ?? []).Select(id => $"{RedfishPaths.Sessions}/{id}")],
            RedfishPaths.Tasks => [.. (state?.TaskIds() ?? []).Select(id => $"{RedfishPaths.Tasks}/{id}")],
            _ => null,
        };
    }
}
