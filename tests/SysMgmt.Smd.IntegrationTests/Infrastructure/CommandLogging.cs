using SysMgmt.Testing.Logging;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>An SMD that logs every SQL command Npgsql runs, for tests that count round trips.</summary>
internal static class CommandLogging
{
    /// <summary>An SMD on the fixture's database that logs every SQL command, started (and migrated) before counting.</summary>
    public static SmdApplicationFactory CreateFactoryLoggingCommands(this SmdFixture smd)
    {
        // No SCN dispatcher: its look for work would be counted with the request's statements.
        var factory = new SmdApplicationFactory(SmdSettings.For(smd.ConnectionString, smd.Tokens,
            ("Logging:LogLevel:Npgsql.Command", "Debug"), ("Smd:Subscriptions:Dispatch", "false")));
        _ = factory.Server;
        return factory;
    }

    /// <summary>A client of <paramref name="factory"/> with a read-write token.</summary>
    public static HttpClient CreateClient(this SmdFixture smd, SmdApplicationFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", smd.Tokens.CreateToken());
        return client;
    }

    /// <summary>The SQL of every command Npgsql completed while <paramref name="action"/> ran (the factory serves nothing else).</summary>
    public static async Task<string[]> CommandsDuringAsync(this SmdApplicationFactory factory, Func<Task> action)
    {
        var before = factory.Logs.Entries.Count;
        await action();
        return [.. factory.Logs.Entries.Skip(before).Where(IsCompletedCommand).Select(e => e.Message)];
    }

    private static bool IsCompletedCommand(ListLoggerProvider.Entry entry) =>
        entry is { Category: "Npgsql.Command", EventId.Name: "CommandExecutionCompleted" };
}
