using SysMgmt.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]
