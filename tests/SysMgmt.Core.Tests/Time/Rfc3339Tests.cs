using System.Text.Json;
using SysMgmt.Core.Contracts;
using SysMgmt.Core.Time;

namespace SysMgmt.Core.Tests.Time;

public class Rfc3339Tests
{
    private static readonly DateTimeOffset s_sample = new(2020, 5, 13, 19, 18, 45, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "2020-05-13T19:18:45.000000Z")]
    [InlineData(5_249_740, "2020-05-13T19:18:45.524974Z")]
    [InlineData(5_249_749, "2020-05-13T19:18:45.524974Z")]
    public void Format_Utc_WritesSixFractionalDigitsAndZ(long ticks, string expected)
    {
        Assert.Equal(expected, Rfc3339.Format(s_sample.AddTicks(ticks)));
    }

    [Fact]
    public void Format_OtherOffset_WritesTheSameInstantInUtc()
    {
        Assert.Equal("2020-05-13T19:18:45.000000Z", Rfc3339.Format(s_sample.ToOffset(TimeSpan.FromHours(-7))));
    }

    [Theory]
    [InlineData("2020-05-13T19:18:45Z", 0)]
    [InlineData("2020-05-13t19:18:45z", 0)]
    [InlineData("2020-05-13T19:18:45.5Z", 5_000_000)]
    [InlineData("2020-05-13T19:18:45.524974Z", 5_249_740)]
    [InlineData("2020-05-13T19:18:45.524974123Z", 5_249_741)]
    [InlineData("2020-05-13T21:18:45+02:00", 0)]
    [InlineData("2020-05-13T12:18:45.524974-07:00", 5_249_740)]
    [InlineData(" 2020-05-13T19:18:45Z ", 0)]
    public void TryParse_Rfc3339_ReturnsTheInstantInUtc(string text, long ticksAfterSample)
    {
        Assert.True(Rfc3339.TryParse(text, out var value));

        Assert.Equal(s_sample.AddTicks(ticksAfterSample), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2020-05-13")]
    [InlineData("2020-05-13T19:18:45")]
    [InlineData("2020-05-13 19:18:45Z")]
    [InlineData("2020-05-13T19:18Z")]
    [InlineData("2020-13-13T19:18:45Z")]
    [InlineData("2020-05-13T19:18:45.Z")]
    [InlineData("2020-05-13T19:18:45+0200")]
    [InlineData("1589397525")]
    public void TryParse_NotRfc3339_ReturnsFalse(string? text)
    {
        Assert.False(Rfc3339.TryParse(text, out _));
    }

    [Fact]
    public void ToMicroseconds_DropsTheLastTickDigit()
    {
        Assert.Equal(s_sample.AddTicks(5_249_740), Rfc3339.ToMicroseconds(s_sample.AddTicks(5_249_749)));
    }

    [Fact]
    public void Converter_EthernetInterface_RoundTripsLastUpdate()
    {
        var iface = new EthernetInterface { ID = "a4bf012b7310", LastUpdate = s_sample.AddTicks(5_249_740) };

        var json = JsonSerializer.Serialize(iface);

        Assert.Contains("\"LastUpdate\":\"2020-05-13T19:18:45.524974Z\"", json, StringComparison.Ordinal);
        Assert.Equal(iface.LastUpdate, JsonSerializer.Deserialize<EthernetInterface>(json)!.LastUpdate);
    }

    [Theory]
    [InlineData("""{"LastUpdate":"yesterday"}""")]
    [InlineData("""{"LastUpdate":12}""")]
    public void Converter_InvalidTimestamp_Throws(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<EthernetInterface>(json));
    }

    [Theory]
    [InlineData(0, "2020-05-13T19:18:45Z")]
    [InlineData(5_000_000, "2020-05-13T19:18:45.5Z")]
    [InlineData(5_249_740, "2020-05-13T19:18:45.524974Z")]
    public void FormatCompact_FractionOfASecond_WritesOnlyTheDigitsNeeded(long ticks, string expected)
    {
        Assert.Equal(expected, Rfc3339.FormatCompact(new DateTimeOffset(2020, 5, 13, 21, 18, 45, TimeSpan.FromHours(2)).AddTicks(ticks)));
    }
}
