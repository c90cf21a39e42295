using SysMgmt.RedfishEmulator.Identity;

namespace SysMgmt.RedfishEmulator.Tests;

public sealed class BmcIdentityTests
{
    [Theory]
    [InlineData("23:11:8A:33:CF:EA", 0, 5, "23:11:8A:00:01:40")] // 5 × 64 + 0 = 0x140
    [InlineData("a4-bf-01-28-90-aa", 1, 2, "a4-bf-01-00-00-81")] // 2 × 64 + 1 = 0x81
    [InlineData("aabb.ccdd.eeff", 2, 0, "aabb.cc00.0002")]
    public void Mac_IndexAndOrdinal_KeepsVendorPrefixAndSpelling(string original, int ordinal, int index, string expected)
    {
        Assert.Equal(expected, new BmcIdentity(index).Mac(original, ordinal));
    }

    [Fact]
    public void Uuid_SameInputs_IsStableAndDiffersPerBmc()
    {
        const string Original = "38947555-7742-3448-3784-823347823834";

        Assert.Equal(new BmcIdentity(3).Uuid(Original), new BmcIdentity(3).Uuid(Original));
        Assert.NotEqual(new BmcIdentity(3).Uuid(Original), new BmcIdentity(4).Uuid(Original));
        Assert.True(Guid.TryParse(new BmcIdentity(3).Uuid(Original), out _));
        Assert.Equal(string.Empty, new BmcIdentity(3).Uuid(string.Empty));
    }

    [Fact]
    public void Serial_Index_IsAppended()
    {
        Assert.Equal("437XR1138R2-00042", new BmcIdentity(42).Serial("437XR1138R2"));
        Assert.Equal(string.Empty, new BmcIdentity(42).Serial(string.Empty));
    }
}
