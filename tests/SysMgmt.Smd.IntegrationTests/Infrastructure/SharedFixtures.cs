namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>Sample bodies from the anchors, kept in <c>shared/fixtures</c> next to the repository.</summary>
internal static class SharedFixtures
{
    /// <summary>The text of <c>shared/fixtures/{relativePath}</c>, found from the directory holding SysMgmt.sln.</summary>
    public static string Read(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SysMgmt.sln")))
            {
                return File.ReadAllText(Path.Combine(dir.FullName, "..", "shared", "fixtures", relativePath));
            }
        }

        throw new InvalidOperationException($"SysMgmt.sln not found above {AppContext.BaseDirectory}");
    }
}
