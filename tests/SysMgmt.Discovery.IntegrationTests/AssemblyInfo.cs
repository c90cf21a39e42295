using System.Runtime.Versioning;
using SysMgmt.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]

// The services and the sysmgmt command run as processes: Linux only, like the services.
[assembly: SupportedOSPlatform("linux")]
