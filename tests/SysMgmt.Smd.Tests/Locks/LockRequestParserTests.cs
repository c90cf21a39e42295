using Microsoft.Extensions.Options;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Locks;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Tests.Locks;

public sealed class LockRequestParserTests
{
    private static readonly LockRequestParser s_parser = new(new ComponentFilterParser(new HmsVocabulary(Options.Create(new SmdOptions()))));

    [Theory]
    [InlineData(null, "Rigid")]
    [InlineData("", "Rigid")]
    [InlineData("Rigid", "Rigid")]
    [InlineData(" FLEXIBLE ", "Flexible")]
    public void ParseModel_KnownOrMissing_IsThatModel(string? value, string expected)
    {
        Assert.Equal(expected, LockRequestParser.ParseModel(value).Value.ToString());
    }

    [Fact]
    public void ParseModel_Unknown_Is400()
    {
        Assert.Equal("Invalid Processing Model: 'strict' is not rigid or flexible", LockRequestParser.ParseModel("strict").Problem?.Detail);
    }

    [Theory]
    [InlineData(null, "ReservationDuration is required: 1 to 15 minutes")]
    [InlineData(0, "ReservationDuration 0 is out of range 1-15 (minutes)")]
    [InlineData(16, "ReservationDuration 16 is out of range 1-15 (minutes)")]
    [InlineData(1, null)]
    [InlineData(15, null)]
    public void ParseDuration_OneToFifteenMinutes(int? minutes, string? problem)
    {
        var parsed = LockRequestParser.ParseDuration(minutes);

        Assert.Equal(problem, parsed.Problem?.Detail);
        Assert.Equal(problem is null ? minutes : 0, problem is null ? parsed.Value : 0);
    }

    [Fact]
    public void ParseKeys_Valid_NormalisesIdsAndLowerCasesKeys()
    {
        var keys = LockRequestParser.ParseKeys("ReservationKeys", [new ComponentKey { ID = "X0003C0S01B0N0", Key = " X3C0S1B0N0:RK:ABC " }], ReservationKeys.ReservationMarker);

        Assert.Equal([new KeyedComponent("x3c0s1b0n0", "x3c0s1b0n0:rk:abc")], keys.Value);
    }

    [Fact]
    public void ParseKeys_EveryInvalidEntry_IsNamedWithoutItsKey()
    {
        ComponentKey?[] keys =
        [
            null,
            new() { Key = "x1c0s0b0n0:rk:1" },
            new() { ID = "x1c0s0b0n0" },
            new() { ID = "x1c0s0b0n0", Key = "x1c0s0b0n0:dk:secret" },
            new() { ID = "x1c0s0b0n0", Key = "x1c0s0b0n0:rk:1" },
            new() { ID = "x1c0s0b0n0", Key = "x1c0s0b0n0:rk:2" },
        ];

        var detail = LockRequestParser.ParseKeys("ReservationKeys", keys, ReservationKeys.ReservationMarker).Problem?.Detail;

        Assert.Equal(
            "ReservationKeys[0] is null; ReservationKeys[1].ID: required; ReservationKeys[2].Key is required; "
            + "ReservationKeys[3].Key is not a reservation key of x1c0s0b0n0; ReservationKeys[5].ID x1c0s0b0n0 is listed more than once",
            detail);
    }

    [Fact]
    public void ParseSelection_IdsAndFilters_BecomeTheComponentFilterAndRequestedIds()
    {
        var selection = s_parser.ParseSelection(
            new LockFilterRequest { ComponentIDs = ["X3000C0S1B0N0", "!x3000c0s2b0n0"], Type = ["node"], Reserved = ["false"], ProcessingModel = "flexible" },
            requireSelector: true).Value!;

        Assert.Equal(["x3000c0s1b0n0"], selection.RequestedIds);
        Assert.Equal(["x3000c0s2b0n0"], selection.Filter.Ids.Exclude);
        Assert.Equal(["Node"], selection.Filter.Types.Include);
        Assert.Equal([false], selection.Reserved.Include);
        Assert.Equal(ProcessingModel.Flexible, selection.Model);
    }

    [Fact]
    public void ParseSelection_Nothing_IsRefusedWhereItWouldActOnEverything()
    {
        Assert.StartsWith("the request selects no components", s_parser.ParseSelection(new LockFilterRequest(), requireSelector: true).Problem?.Detail);
        Assert.Equal(ComponentFilter.Everything, s_parser.ParseSelection(new LockFilterRequest(), requireSelector: false).Value!.Filter);
    }

    [Fact]
    public void ParseStatusQuery_ReadsOnlyTheDocumentedFilters()
    {
        var query = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["reservationdisabled"] = ["true"], ["reserved"] = ["0"], ["Type"] = ["Node"], ["group"] = ["ignored"],
        };

        var selection = s_parser.ParseStatusQuery(query).Value!;

        Assert.Equal([true], selection.Filter.ReservationDisabled.Include);
        Assert.Equal([false], selection.Reserved.Include);
        Assert.Equal(["Node"], selection.Filter.Types.Include);
        Assert.True(selection.Filter.Groups.IsEmpty);
    }
}
