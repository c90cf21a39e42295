using System.Text.Json.Nodes;
using SysMgmt.Discovery.Naming;

namespace SysMgmt.Discovery.Tests.Naming;

public sealed class BmcIdMapTests
{
    [Fact]
    public void Load_MagellanYamlFile_MapsAddressesToXnames()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bmc-id-map-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "map_key: bmc-ip-addr\nid_map:\n  172.16.0.104: x1000c1s7b3\n  172.16.0.105: x1000c1s7b4\n");
        try
        {
            var map = BmcIdMap.Load("@" + file);

            Assert.True(map.TryFind("172.16.0.104", [], out var xname));
            Assert.Equal("x1000c1s7b3", xname.Value);
            Assert.False(map.TryFind("172.16.0.106", [], out _));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_InlineJsonWithMacKeys_MatchesAnyMacSpelling()
    {
        var map = BmcIdMap.Load("""{"map_key":"bmc-mac-addr","id_map":{"A4-BF-01-28-90-AC":"x3000c0s19b1"}}""");

        Assert.True(map.TryFind("10.254.1.23", ["00:11:22:33:44:55", "a4:bf:01:28:90:ac"], out var xname));
        Assert.Equal("x3000c0s19b1", xname.Value);
    }

    [Fact]
    public void Parse_WithoutMapKey_ReadsEachKeyAsAddressOrMac()
    {
        var map = BmcIdMap.Parse(JsonNode.Parse("""{"id_map":{"10.0.0.5":"x1c0s0b0","02:42:ac:11:00:02":"x1c0s1b0","bmc7.example":"x1c0s2b0"}}"""), "map");

        Assert.True(map.TryFind("10.0.0.5", [], out var byIp));
        Assert.True(map.TryFind("10.9.9.9", ["02:42:ac:11:00:02"], out var byMac));
        Assert.True(map.TryFind("BMC7.example", [], out var byName));
        Assert.Equal(["x1c0s0b0", "x1c0s1b0", "x1c0s2b0"], [byIp.Value, byMac.Value, byName.Value]);
    }

    [Theory]
    [InlineData("""{"map":{}}""", "'id_map'")]
    [InlineData("""{"map_key":"bmc-serial","id_map":{}}""", "map_key 'bmc-serial'")]
    [InlineData("""{"id_map":{"10.0.0.5":"x1c9s0b0"}}""", "chassis number 9")]
    [InlineData("""{"id_map":{"10.0.0.5":"x1c0s0b0n0"}}""", "not a BMC")]
    [InlineData("""{"id_map":{"10.0.0.5":42}}""", "expected an xname")]
    [InlineData("""{"map_key":"bmc-mac-addr","id_map":{"10.0.0.5":"x1c0s0b0"}}""", "id_map key '10.0.0.5'")]
    public void Parse_Invalid_ThrowsNamingTheEntry(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => BmcIdMap.Parse(JsonNode.Parse(json), "map.json"));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFormatExceptionNamingIt()
    {
        var exception = Assert.Throws<FormatException>(() => BmcIdMap.Load("/nonexistent/map.yaml"));

        Assert.Contains("/nonexistent/map.yaml", exception.Message, StringComparison.Ordinal);
    }
}
