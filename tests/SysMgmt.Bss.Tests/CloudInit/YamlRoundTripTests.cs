using System.Globalization;
using System.Text.Json.Nodes;
using SysMgmt.Bss.CloudInit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SysMgmt.Bss.Tests.CloudInit;

/// <summary>
/// The user-data YAML read back with a real YAML parser (YamlDotNet), as cloud-init's PyYAML reads it: every value
/// comes back with its type and text, whatever quoting or block style the writer chose.
/// </summary>
public sealed class YamlRoundTripTests
{
    public static TheoryData<string> Documents => new()
    {
        """{"users":[{"name":"admin","groups":["wheel","adm"],"ssh_authorized_keys":["ssh-ed25519 AAAA admin@x"]}],"packages":[],"empty":{}}""",
        """{"a":1,"b":2.5,"c":false,"d":null,"e":-7}""",
        """{"tricky":["yes","NULL","1.0","0x1F","2001-12-14","- item","a: b","say \"hi\""," padded","","tab\there","#comment","~","@at","`tick","%pct","*star","&amp","!bang","[x]","{y}","key: value # no"]}""",
        """{"write_files":[{"path":"/etc/motd","content":"line1\nline2\n"},{"content":"no newline\nat end"},{"content":"trailing\n\n"},{"content":"  indented\nnext\n"}]}""",
        """{"runcmd":[["echo","hi"],["sh","-c","echo 'quoted' > /tmp/x"]],"bootcmd":[[]],"nested":{"deeper":{"deepest":[1,[2,[3]]]}}}""",
        """{"unicode":"naïve café ✓","colon:key":"v","space key":"v","123":"numeric key","true":"bool key"}""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_ParsedBackByYamlDotNet_GivesTheSameValues(string json)
    {
        var original = JsonNode.Parse(json)!.AsObject();

        var yaml = new YamlStream();
        yaml.Load(new StringReader("#cloud-config\n" + YamlWriter.Write(original)));

        var parsed = ToJson(yaml.Documents[0].RootNode);
        Assert.True(JsonNode.DeepEquals(original, parsed), $"expected {original.ToJsonString()}\nparsed   {parsed?.ToJsonString()}");
    }

    /// <summary>YAML's core schema, as PyYAML resolves plain scalars; quoted and block scalars are strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };

    private static JsonNode? Plain(string text) =>
        text is "null" or "Null" or "NULL" or "~" or "" ? null
        : text is "true" or "True" or "TRUE" ? JsonValue.Create(true)
        : text is "false" or "False" or "FALSE" ? JsonValue.Create(false)
        : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer)
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? JsonValue.Create(real)
        : JsonValue.Create(text);
}
