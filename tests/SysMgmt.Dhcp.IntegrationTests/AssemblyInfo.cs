using System.Runtime.Versioning;
using SysMgmt.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]

// SMD, the sysmgmt command, dnsmasq and network namespaces: Linux only.
[assembly: SupportedOSPlatform("linux")]
