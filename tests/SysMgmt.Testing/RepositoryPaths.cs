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

    /// <summary>A file under <c>tests/fixtures</c>, the test data that travels with the repository.</summary>
    public static string Fixture(string relativePath) => Path.Combine(Root, "tests", "fixtures", relativePath);
}
