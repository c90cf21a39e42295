using SysMgmt.Smd.Groups;

namespace SysMgmt.Smd.Tests.Groups;

public sealed class GroupFieldsTests
{
    [Theory]
    [InlineData("blue", "blue")]
    [InlineData("Compute_A", "compute_a")]
    [InlineData("rack-1:row.2", "rack-1:row.2")]
    [InlineData("x1000c0s0b0n0", "x1000c0s0b0n0")]
    [InlineData("0", "0")]
    public void Label_LettersDigitsAndPunctuation_AreLowerCased(string raw, string expected)
    {
        Assert.Equal((expected, null), GroupFields.Label(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData(" blue")]
    [InlineData("blue/green")]
    [InlineData("!blue")]
    [InlineData("grün")]
    [InlineData("a%b")]
    [InlineData("a,b")]
    public void Label_OtherCharacters_AreRefusedWithTheRule(string raw)
    {
        var (value, error) = GroupFields.Label(raw);

        Assert.Null(value);
        Assert.Equal($"'{raw}' is not a valid group label: use 1 to 255 letters, digits, '-', ':', '.' or '_'", error);
    }

    [Fact]
    public void Label_LongerThanTheAnchorsColumn_IsRefused()
    {
        Assert.NotNull(GroupFields.Label(new string('a', 255)).Value);
        Assert.NotNull(GroupFields.Label(new string('a', 256)).Error);
    }

    [Fact]
    public void TagAndExclusiveGroup_FollowTheLabelRule_AndSayWhichFieldIsWrong()
    {
        Assert.Equal(("optional_tag1", null), GroupFields.Tag("Optional_Tag1"));
        Assert.Equal(("colors", null), GroupFields.ExclusiveGroup("COLORS"));
        Assert.StartsWith("'a b' is not a valid tag:", GroupFields.Tag("a b").Error, StringComparison.Ordinal);
        Assert.StartsWith("'a b' is not a valid exclusiveGroup:", GroupFields.ExclusiveGroup("a b").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p1", "p1")]
    [InlineData("P2", "p2")]
    [InlineData("p1.2", "p1.2")]
    [InlineData("p01", "p1")]
    public void PartitionName_PartitionXnames_AreNormalised(string raw, string expected)
    {
        Assert.Equal((expected, null), GroupFields.PartitionName(raw));
    }

    [Theory]
    [InlineData("partition1")]
    [InlineData("p")]
    [InlineData("p1.")]
    [InlineData("p1.2.3")]
    [InlineData("x1000c0s0b0n0")]
    [InlineData("s0")]
    [InlineData("")]
    public void PartitionName_AnythingElse_IsRefused(string raw)
    {
        Assert.Equal((null, $"'{raw}' is not a valid partition name: use p# or p#.# (p1, p2.3)"), GroupFields.PartitionName(raw));
    }
}
