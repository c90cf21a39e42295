using SysMgmt.RedfishEmulator.Mockups;

namespace SysMgmt.RedfishEmulator.Requests;

/// <summary>The URIs the emulator serves itself rather than from the mockup.</summary>
internal static class RedfishPaths
{
    public const string VersionDocument = "/redfish";
    public const string Metadata = MockupTree.RootPath + "/$metadata";
    public const string ODataDocument = MockupTree.RootPath + "/odata";
    public const string Sessions = MockupTree.RootPath + "/SessionService/Sessions";
    public const string Tasks = MockupTree.RootPath + "/TaskService/Tasks";
    public const string ActionsSegment = "/Actions/";

    /// <summary>The path without a trailing slash (<c>/redfish/v1/</c> and <c>/redfish/v1</c> are one resource).</summary>
    public static string Normalize(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : path.Length > 1 ? path.TrimEnd('/') : path;

    /// <summary>The member ID when <paramref name="path"/> is directly under <paramref name="collection"/>.</summary>
    public static string? MemberId(string path, string collection) =>
        path.Length > collection.Length + 1 && path.StartsWith(collection + "/", StringComparison.Ordinal)
            && path.IndexOf('/', collection.Length + 1) < 0
            ? path[(collection.Length + 1)..]
            : null;

    /// <summary>Routes that answer without credentials, as on real BMCs: the ServiceRoot and the service documents.</summary>
    public static bool IsPublic(string method, string path) =>
        (HttpMethods.IsGet(method) && path is VersionDocument or MockupTree.RootPath or Metadata or ODataDocument)
        || (HttpMethods.IsPost(method) && path == Sessions);
}
