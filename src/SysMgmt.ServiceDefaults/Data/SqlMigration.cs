using System.Security.Cryptography;
using System.Text;

namespace SysMgmt.ServiceDefaults.Data;

/// <summary>One versioned schema change, from an embedded <c>NNNN_name.sql</c> file.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql, string Checksum)
{
    /// <summary>A migration whose checksum is computed from its SQL (line endings do not count).</summary>
    public static SqlMigration Create(int version, string name, string sql)
    {
        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return new SqlMigration(version, name, normalized, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized))));
    }
}
