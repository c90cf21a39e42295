using System.Text.Json;
using SysMgmt.Bss.BootParameters;

namespace SysMgmt.Bss.Tests.BootParameters;

/// <summary>RFC 7386's own examples (appendix A), applied to cloud-init parts.</summary>
public sealed class JsonMergePatchTests
{
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", null)]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData(null, """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Apply_Rfc7386Example_GivesExpectedDocument(string? target, string patch, string? expected)
    {
        var result = JsonMergePatch.Apply(target is null ? null : Parse(target), Parse(patch));

        Assert.Equal(expected, result?.GetRawText());
    }

    [Fact]
    public void Apply_NotGiven_LeavesTarget()
    {
        var target = Parse("""{"a":1}""");

        Assert.Equal("""{"a":1}""", JsonMergePatch.Apply(target, default)?.GetRawText());
    }

    [Fact]
    public void Apply_Null_RemovesThePart()
    {
        Assert.Null(JsonMergePatch.Apply(Parse("""{"a":1}"""), Parse("null")));
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
