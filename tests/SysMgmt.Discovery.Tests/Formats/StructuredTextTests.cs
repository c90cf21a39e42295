using System.Text.Json.Nodes;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Discovery.Tests.Formats;

public sealed class StructuredTextTests
{
    private static readonly JsonNode s_sample = JsonNode.Parse(
        """
        {"ID":"x1000c1s7b3","MACRequired":true,"SchemaVersion":1,"Name":"","Serial":"0123","Version":"1.0",
         "Word":"true","Nothing":null,"Managers":[{"uri":"/redfish/v1/Managers/1","ip":"172.16.0.104","ratio":0.5}]}
        """)!;

    [Theory]
    [InlineData(DataFormat.Json)]
    [InlineData(DataFormat.Yaml)]
    public void Write_ThenRead_GivesTheSameTree(DataFormat format)
    {
        var text = StructuredText.Write(s_sample, format);

        var read = StructuredText.Read(text);

        Assert.True(JsonNode.DeepEquals(s_sample, read), text);
    }

    [Fact]
    public void Write_Yaml_QuotesStringsThatWouldReadAsOtherTypes()
    {
        var yaml = StructuredText.Write(s_sample, DataFormat.Yaml);

        Assert.Contains("Serial: \"0123\"", yaml, StringComparison.Ordinal);
        Assert.Contains("Word: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("Name: \"\"", yaml, StringComparison.Ordinal);
        Assert.Contains("MACRequired: true", yaml, StringComparison.Ordinal);
        Assert.Contains("ID: x1000c1s7b3", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MagellanStyleYamlMap_GivesStringsAndNumbers()
    {
        var node = StructuredText.Read("map_key: bmc-ip-addr\nmap:\n  172.16.0.104: x1000c1s7b3\n  port: 443\n");

        Assert.Equal("bmc-ip-addr", (string?)node!["map_key"]);
        Assert.Equal("x1000c1s7b3", (string?)node["map"]!["172.16.0.104"]);
        Assert.Equal(443, (long)node["map"]!["port"]!);
    }

    [Theory]
    [InlineData("{\"a\": ")]
    [InlineData("a: [1, 2\nb: c")]
    public void Read_Malformed_ThrowsFormatExceptionSayingWhy(string text)
    {
        var exception = Assert.Throws<FormatException>(() => StructuredText.Read(text));

        Assert.Matches("invalid (JSON|YAML)", exception.Message);
    }
}
