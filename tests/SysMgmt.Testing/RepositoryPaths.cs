namespace SysMgmt.Testing;

/// <summary>Paths of the checkout the tests run from, and of the shared fixtures next to it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SysMgmt.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SysMgmt.sln not found above {AppContext.BaseDirectory}");
    });

    /// <summary>The directory holding SysMgmt.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>A script under <c>scripts/</c>.</summary>
    public static string Script(string name) => Path.Combine(Root, "scripts", name);

    /// <summary>Overrides where the shared reference material (Redfish mockups, golden files) is found.</summary>
    public const string SharedDirectoryVariable = "SYSMGMT_SHARED_DIR";

    /// <summary>
    /// A path in the shared reference material that every developer and CI machine has next to the checkout
    /// (<c>../shared</c>, or <see cref="SharedDirectoryVariable"/>). Too large to copy into the repository.
    /// </summary>
    public static string Shared(params string[] parts)
    {
        var root = Environment.GetEnvironmentVariable(SharedDirectoryVariable) is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        return Directory.Exists(root)
            ? Path.Combine([root, .. parts])
            : throw new InvalidOperationException(
                $"the shared reference material (Redfish mockups, golden files) is not at {root}; " +
                $"put it next to the checkout as ../shared or set {SharedDirectoryVariable}");
    }

    /// <summary>A file under <c>tests/fixtures</c>, the test data that travels with the repository.</summary>
    public static string Fixture(string relativePath) => Path.Combine(Root, "tests", "fixtures", relativePath);
}
