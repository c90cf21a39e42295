using System.Text.Json.Nodes;
using SysMgmt.Bss.CloudInit;

namespace SysMgmt.Bss.Tests.CloudInit;

public sealed class YamlWriterTests
{
    [Fact]
    public void Write_CloudConfig_KeysSortedListsAtKeyIndentNestedMapsIndented()
    {
        var yaml = YamlWriter.Write(JsonNode.Parse("""
            {"users":[{"name":"admin","groups":["wheel","adm"],"ssh_authorized_keys":["ssh-ed25519 AAAA admin@x"]}],
             "packages":[],"ntp":{"enabled":true,"servers":["10.0.0.1"]},"bootcmd":[["echo","hi"]],"timezone":"UTC","empty":{}}
            """)!.AsObject());

        Assert.Equal(
            """
            bootcmd:
            - - echo
              - hi
            empty: {}
            ntp:
              enabled: true
              servers:
              - 10.0.0.1
            packages: []
            timezone: UTC
            users:
            - groups:
              - wheel
              - adm
              name: admin
              ssh_authorized_keys:
              - 'ssh-ed25519 AAAA admin@x'

            """.Replace("'", "", StringComparison.Ordinal),
            yaml);
    }

    [Theory]
    [InlineData("yes", "\"yes\"")]
    [InlineData("NULL", "\"NULL\"")]
    [InlineData("1.0", "\"1.0\"")]
    [InlineData("0x1F", "\"0x1F\"")]
    [InlineData("2001-12-14", "\"2001-12-14\"")]
    [InlineData("- item", "\"- item\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("say \"hi\"", "say \"hi\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "\"\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("x9999c0s1b0n0", "x9999c0s1b0n0")]
    [InlineData("http://10.0.0.1:8080/path", "http://10.0.0.1:8080/path")]
    public void Write_StringThatYamlWouldMisread_IsQuoted(string value, string expected)
    {
        var yaml = YamlWriter.Write(new JsonObject { ["k"] = value });

        Assert.Equal($"k: {expected}\n", yaml);
    }

    [Fact]
    public void Write_NumbersBooleansNull_StayTyped()
    {
        Assert.Equal("a: 1\nb: 2.5\nc: false\nd: null\n", YamlWriter.Write(JsonNode.Parse("""{"a":1,"b":2.5,"c":false,"d":null}""")!.AsObject()));
    }

    [Theory]
    [InlineData("line1\nline2\n", "|\n    line1\n    line2\n")]
    [InlineData("line1\nline2", "|-\n    line1\n    line2\n")]
    [InlineData("line1\n\n", "|+\n    line1\n\n")]
    [InlineData("  indented\nnext\n", "|2\n      indented\n    next\n")]
    public void Write_MultilineString_IsLiteralBlockWithMatchingChomping(string content, string expectedBlock)
    {
        var yaml = YamlWriter.Write(new JsonObject { ["write_files"] = new JsonArray(new JsonObject { ["content"] = content }) });

        Assert.Equal("write_files:\n- content: " + expectedBlock, yaml);
    }
}
