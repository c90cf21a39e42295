namespace SysMgmt.EndToEnd.Tests;

/// <summary>Fresh <c>SYSMGMT_HOME</c> directories for the scripts under test.</summary>
internal static class TemporaryHome
{
    /// <summary>
    /// A new temporary directory, world-traversable because the embedded PostgreSQL runs as the postgres user when
    /// the tests run as root.
    /// </summary>
    public static string Create(string prefix)
    {
        var home = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return home;
    }
}
