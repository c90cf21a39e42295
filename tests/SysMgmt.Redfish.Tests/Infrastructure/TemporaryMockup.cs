namespace SysMgmt.Redfish.Tests.Infrastructure;

/// <summary>A tall-form mockup written by a test, for quirks that no shared mockup has; deleted on dispose.</summary>
internal sealed class TemporaryMockup : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"sysmgmt-mockup-{Guid.NewGuid():N}");

    /// <summary>Writes <paramref name="json"/> as the resource at <paramref name="path"/> (<c>/redfish/v1/…</c>).</summary>
    public TemporaryMockup Add(string path, string json)
    {
        var directory = Path.Combine(Directory, path.Trim('/'));
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "index.json"), json);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
