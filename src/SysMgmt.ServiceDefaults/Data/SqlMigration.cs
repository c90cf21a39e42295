namespace SysMgmt.ServiceDefaults.Data;

/// <summary>One versioned schema change, from an embedded <c>NNNN_name.sql</c> file.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql, string Checksum);
