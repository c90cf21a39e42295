using SysMgmt.Testing.Postgres;

namespace SysMgmt.Bss.IntegrationTests.Infrastructure;

/// <summary>
/// SMD and a BSS that follows SMD's inventory stream. The periodic read and the unknown-MAC read are an hour apart,
/// so only the stream can bring a change within a test.
/// </summary>
public class StreamingBssStack(PostgresServerFixture postgres) : BssStack(postgres)
{
    protected override bool FollowsStream => true;

    protected override IEnumerable<(string Key, string Value)> BssSettings => [("Bss__NodeIndex__MinimumRefreshInterval", "01:00:00")];

    /// <summary>Boot parameters for Compute nodes, then waits until BSS follows the stream.</summary>
    protected override async Task SeedAsync()
    {
        using var bss = this.BssClient();
        await bss.PutParametersAsync("""{"hosts":["Compute"],"params":"role=compute","kernel":"http://k/compute"}""");
        await this.WaitUntilFollowingAsync();
    }
}
