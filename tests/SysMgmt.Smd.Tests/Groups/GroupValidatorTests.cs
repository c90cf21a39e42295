using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Groups;

namespace SysMgmt.Smd.Tests.Groups;

public sealed class GroupValidatorTests
{
    [Fact]
    public void Validate_AnchorsGroupExample_IsNormalised()
    {
        var errors = new List<string>();
        var body = new Group
        {
            Label = "Blue",
            Description = "This is the blue group",
            Tags = ["optional_tag1", "Optional_Tag2", "optional_tag1"],
            ExclusiveGroup = "Optional_Excl_Group",
            Members = new Members { Ids = ["x1c0s1b0n0", "X1C0S1B0N1", "x01c0s1b0n0"] },
        };

        var group = GroupValidator.Validate(body, errors);

        Assert.Empty(errors);
        Assert.NotNull(group);
        Assert.Equal(GroupKind.Group, group.Kind);
        Assert.Equal(("blue", "This is the blue group", "optional_excl_group"), (group.Name, group.Description, group.ExclusiveGroup));
        Assert.Equal(["optional_tag1", "optional_tag2"], group.Tags);
        Assert.Equal(["x1c0s1b0n0", "x1c0s1b0n1"], group.Members);
    }

    [Fact]
    public void Validate_GroupWithOnlyALabel_HasNoExclusiveGroupTagsOrMembers()
    {
        var group = GroupValidator.Validate(new Group { Label = "red", ExclusiveGroup = "" }, []);

        Assert.NotNull(group);
        Assert.Equal(("red", "", null), (group.Name, group.Description, group.ExclusiveGroup));
        Assert.Empty(group.Tags);
        Assert.Empty(group.Members);
    }

    [Fact]
    public void Validate_GroupWithManyMistakes_ReportsEachOne()
    {
        var errors = new List<string>();
        var body = new Group
        {
            Label = "a b",
            ExclusiveGroup = "x/y",
            Tags = ["ok", "not ok"],
            Members = new Members { Ids = ["x1c0s1b0n0", "node7", "p1", "s0", ""] },
        };

        Assert.Null(GroupValidator.Validate(body, errors));

        Assert.Equal(7, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("'a b' is not a valid group label", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("'x/y' is not a valid exclusiveGroup", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("'not ok' is not a valid tag", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'node7' is not a valid xname", StringComparison.Ordinal));
        Assert.Contains("'p1' names a partition, not a component", errors);
        Assert.Contains("'s0' names a system, not a component", errors);
        Assert.Contains("a member id is missing", errors);
    }

    [Fact]
    public void Validate_GroupWithoutLabel_SaysSo()
    {
        var errors = new List<string>();

        Assert.Null(GroupValidator.Validate(new Group { Description = "no label" }, errors));

        Assert.Equal(["label is missing"], errors);
    }

    [Fact]
    public void Validate_Partition_NeedsAPartitionName()
    {
        var errors = new List<string>();

        var partition = GroupValidator.Validate(new Partition { Name = "P1.2", Tags = ["A"], Members = new Members { Ids = ["x1c0s1b0n0"] } }, errors);
        var misnamed = GroupValidator.Validate(new Partition { Name = "partition1" }, errors);

        Assert.NotNull(partition);
        Assert.Equal((GroupKind.Partition, "p1.2", null), (partition.Kind, partition.Name, partition.ExclusiveGroup));
        Assert.Equal(["a"], partition.Tags);
        Assert.Null(misnamed);
        Assert.Equal(["'partition1' is not a valid partition name: use p# or p#.# (p1, p2.3)"], errors);
    }

    [Fact]
    public void Validate_Patch_NeedsAFieldAndValidTags()
    {
        var empty = new List<string>();
        var badTag = new List<string>();

        Assert.Null(GroupValidator.Validate(new GroupPatchRequest(), empty));
        Assert.Null(GroupValidator.Validate(new GroupPatchRequest { Tags = ["a b"] }, badTag));
        var clearTags = GroupValidator.Validate(new GroupPatchRequest { Tags = [] }, []);
        var describe = GroupValidator.Validate(new GroupPatchRequest { Description = "new", Tags = ["New_Tag"] }, []);

        Assert.Equal(["Request must have at least one patch field."], empty);
        Assert.Single(badTag);
        Assert.Null(clearTags!.Description);
        Assert.Empty(clearTags.Tags!);
        Assert.Equal("new", describe!.Description);
        Assert.Equal(["new_tag"], describe.Tags);
    }

    [Fact]
    public void Member_NormalisesOrExplains()
    {
        var errors = new List<string>();

        Assert.Equal("x1c0s1b0n0", GroupValidator.Member("X01C0S1B0N0", errors));
        Assert.Null(GroupValidator.Member(null, errors));
        Assert.Null(GroupValidator.Member("x1c9s0b0n0", errors));

        Assert.Equal("a member id is missing", errors[0]);
        Assert.Contains("chassis number 9 is out of range", errors[1], StringComparison.Ordinal);
    }
}
