namespace SysMgmt.Testing.Postgres;

/// <summary>Finds the PostgreSQL server binaries (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>Overrides the search with an explicit bin directory.</summary>
    public const string BinDirVariable = "SYSMGMT_PG_BIN";

    public static string FindBinDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable(BinDirVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return HasServerBinaries(explicitDir)
                ? explicitDir
                : throw new InvalidOperationException($"{BinDirVariable}={explicitDir} does not contain initdb and pg_ctl.");
        }

        // Debian installs each major version side by side; prefer the newest.
        const string debianRoot = "/usr/lib/postgresql";
        var candidates = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(dir => (Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0, Bin: Path.Combine(dir, "bin")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Bin)
            : [];
        var found = candidates.Append("/usr/local/pgsql/bin").Append("/usr/bin").FirstOrDefault(HasServerBinaries);
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. " +
            "Install them (`apt-get install postgresql`; scripts/test does this), set " + BinDirVariable +
            ", or point " + PostgresServer.ExternalServerVariable + " at a server the tests may create databases on.");
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
