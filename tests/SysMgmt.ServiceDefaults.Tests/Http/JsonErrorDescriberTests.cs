using System.Text.Json;
using System.Text.Json.Serialization;
using SysMgmt.ServiceDefaults.Http;

namespace SysMgmt.ServiceDefaults.Tests.Http;

public sealed class JsonErrorDescriberTests
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    [Theory]
    [InlineData("""{"Name":"a","Nmae":"b"}""", "unknown field 'Nmae'")]
    [InlineData("""{"Inner":{"Count":1,"Extra":true}}""", "unknown field 'Inner.Extra'")]
    [InlineData("""{"Count":"one"}""", "field 'Count' has the wrong type: expected an integer")]
    [InlineData("""[{"Count":1}]""", "field '(body)' has the wrong type: expected an object")]
    [InlineData("""{"Name":""", "malformed JSON")]
    public void Describe_ReadFailure_NamesTheField(string json, string expected)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Strict>(json, s_options));

        Assert.StartsWith(expected, JsonErrorDescriber.Describe(exception), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WrongTypeInsideAnArrayBody_NamesTheElementField()
    {
        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<List<Strict>>("""[{"Count":1},{"Count":true}]""", s_options));

        Assert.Equal("field '[1].Count' has the wrong type: expected an integer", JsonErrorDescriber.Describe(exception));
    }

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record Strict
    {
        public string? Name { get; init; }
        public int Count { get; init; }
        public StrictInner? Inner { get; init; }
    }

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    private sealed record StrictInner
    {
        public int Count { get; init; }
    }
}
