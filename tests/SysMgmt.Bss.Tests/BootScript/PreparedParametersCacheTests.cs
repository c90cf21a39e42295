using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.Tests.Infrastructure;

namespace SysMgmt.Bss.Tests.BootScript;

public sealed class PreparedParametersCacheTests
{
    [Fact]
    public void For_SameEntry_PreparesOnce()
    {
        var bed = new BootTestBed().WithEntries(GoldenScenario.Entry);
        var cache = new PreparedParametersCache(bed.Resolver);

        Assert.Same(cache.For(GoldenScenario.Entry), cache.For(GoldenScenario.Entry));
    }

    [Fact]
    public void For_ImageParamsChanged_PreparesAgainWithThem()
    {
        var bed = new BootTestBed().WithEntries(GoldenScenario.Entry);
        var cache = new PreparedParametersCache(bed.Resolver);
        var before = cache.For(GoldenScenario.Entry);

        bed.WithImages(new BootImage(ImageKind.Kernel, GoldenScenario.Entry.Kernel, "added=1"));

        Assert.Equal("initrd=initrd console=ttyS0,115200 ip=dhcp", before.Base);
        Assert.Equal("initrd=initrd console=ttyS0,115200 ip=dhcp added=1", cache.For(GoldenScenario.Entry).Base);
    }
}
