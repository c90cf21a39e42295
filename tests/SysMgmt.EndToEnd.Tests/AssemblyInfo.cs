using System.Runtime.Versioning;

// These tests drive bash scripts, signals and PostgreSQL: Linux only, like the services.
[assembly: SupportedOSPlatform("linux")]
