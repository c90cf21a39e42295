using SysMgmt.Discovery.Secrets;

namespace SysMgmt.Discovery.Tests.Secrets;

public sealed class MasterKeyTests
{
    [Fact]
    public void GenerateHex_Twice_GivesTwoDifferentLowerCaseKeysThatParse()
    {
        var first = MasterKey.GenerateHex();
        var second = MasterKey.GenerateHex();

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
        MasterKey.Parse(first);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_Missing_SaysHowToSetIt(string? value)
    {
        var error = Assert.Throws<SecretStoreException>(() => MasterKey.Parse(value));

        Assert.StartsWith("MASTER_KEY is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("sysmgmt secrets generatekey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1", "63 characters")]
    [InlineData("000102030405060708090a0b0c0d0e0f", "32 characters")]
    [InlineData("g00102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "not only hex digits")]
    public void Parse_Malformed_SaysWhatAKeyIsWithoutQuotingIt(string value, string detail)
    {
        var error = Assert.Throws<SecretStoreException>(() => MasterKey.Parse(value));

        Assert.Contains("64 hexadecimal digits", error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        Assert.Equal("MasterKey(***)", MasterKey.Parse(MasterKey.GenerateHex()).ToString());
    }
}
