using SysMgmt.Core.Contracts;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using static SysMgmt.Smd.IntegrationTests.Infrastructure.SmdApi;

namespace SysMgmt.Smd.IntegrationTests.Locks;

/// <summary>The base of the lock and reservation tests: nodes <see cref="A"/> to <see cref="D"/>, created before each test.</summary>
public abstract class LockTestBase(SmdFixture smd) : SmdTestBase(smd)
{
    protected const string A = "x3000c0s1b0n0";
    protected const string B = "x3000c0s2b0n0";
    protected const string C = "x3000c0s3b0n0";
    protected const string D = "x3000c0s4b0n0";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var client = Smd.CreateClient();
        await client.PostComponentsAsync(SeededComponents(), force: false);
    }

    /// <summary>The components each test starts with; a class that needs more adds them.</summary>
    protected virtual IEnumerable<Component> SeededComponents() => [Comp(A), Comp(B), Comp(C), Comp(D)];
}
