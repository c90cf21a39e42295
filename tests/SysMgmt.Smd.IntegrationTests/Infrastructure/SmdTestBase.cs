namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// The base of SMD's integration test classes: one SMD per class on its own database (<see cref="SmdFixture"/>), emptied
/// before each test; a class that seeds data overrides <see cref="InitializeAsync"/> and calls this one first.
/// </summary>
public abstract class SmdTestBase(SmdFixture smd) : IClassFixture<SmdFixture>, IAsyncLifetime
{
    protected SmdFixture Smd => smd;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync() => await smd.ResetAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
