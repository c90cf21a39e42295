using System.Runtime.Versioning;
using SysMgmt.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]

// The services run as processes and are stopped with signals: Linux only, like the services.
[assembly: SupportedOSPlatform("linux")]
