using SysMgmt.Core.Hms;

namespace SysMgmt.Core.Tests.Hms;

public class HmsEnumTests
{
    private static readonly HmsEnum s_colours =
        new("Colour", ["Red", "Green"], new Dictionary<string, string> { ["verde"] = "Green" });

    [Theory]
    [InlineData("Red", "Red")]
    [InlineData("red", "Red")]
    [InlineData("RED", "Red")]
    [InlineData("gReEn", "Green")]
    [InlineData("verde", "Green")]
    [InlineData("VERDE", "Green")]
    public void TryNormalize_KnownSpelling_ReturnsCanonical(string input, string expected)
    {
        Assert.True(s_colours.TryNormalize(input, out var canonical));

        Assert.Equal(expected, canonical);
        Assert.Equal(expected, s_colours.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Blue")]
    [InlineData(" Red")]
    [InlineData("Red ")]
    [InlineData("0")]
    public void TryNormalize_UnknownSpelling_ReturnsFalse(string? input)
    {
        Assert.False(s_colours.TryNormalize(input, out var canonical));

        Assert.Equal(string.Empty, canonical);
        Assert.Null(s_colours.Normalize(input));
    }

    [Fact]
    public void Values_ListCanonicalSpellingsWithoutAliases()
    {
        Assert.Equal("Colour", s_colours.Name);
        Assert.Equal(["Red", "Green"], s_colours.Values);
    }

    [Fact]
    public void WithAdditions_NewValues_AppendedAndNormalised()
    {
        var extended = s_colours.WithAdditions(["Blue", " Cyan ", "", "  "]);

        Assert.Equal(["Red", "Green", "Blue", "Cyan"], extended.Values);
        Assert.Equal("Cyan", extended.Normalize("CYAN"));
        Assert.Equal("Green", extended.Normalize("verde"));
        Assert.Equal("Colour", extended.Name);
    }

    [Fact]
    public void WithAdditions_DoesNotChangeOriginal()
    {
        _ = s_colours.WithAdditions(["Blue"]);

        Assert.Null(s_colours.Normalize("Blue"));
        Assert.Equal(2, s_colours.Values.Count);
    }

    [Fact]
    public void WithAdditions_ExistingValueInOtherCase_KeepsBuiltInSpelling()
    {
        var extended = s_colours.WithAdditions(["RED", "Verde", "blue", "BLUE"]);

        Assert.Equal(["Red", "Green", "blue"], extended.Values);
        Assert.Equal("Red", extended.Normalize("red"));
        Assert.Equal("blue", extended.Normalize("Blue"));
    }

    [Fact]
    public void WithAdditions_NothingNew_ReturnsSameInstance()
    {
        Assert.Same(s_colours, s_colours.WithAdditions(["red", "GREEN"]));
    }

    [Fact]
    public void Constructor_DuplicateValueIgnoringCase_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new HmsEnum("Colour", ["Red", "RED"]));

        Assert.Contains("'RED' is listed twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AliasToUnknownValue_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => new HmsEnum("Colour", ["Red"], new Dictionary<string, string> { ["rouge"] = "Rot" }));
    }

    [Fact]
    public void Constructor_AliasCollidingWithValue_Throws()
    {
        Assert.Throws<ArgumentException>(
            () => new HmsEnum("Colour", ["Red", "Green"], new Dictionary<string, string> { ["green"] = "Red" }));
    }
}
