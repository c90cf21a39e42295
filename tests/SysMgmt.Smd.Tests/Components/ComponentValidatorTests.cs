using Microsoft.Extensions.Options;
using SysMgmt.Core.Contracts;
using SysMgmt.Smd.Components;
using SysMgmt.Smd.Service;

namespace SysMgmt.Smd.Tests.Components;

/// <summary>A component body checked and normalised without a database: enums in any case, defaults, every problem at once.</summary>
public sealed class ComponentValidatorTests
{
    private readonly ComponentValidator _validator = new(new HmsVocabulary(Options.Create(new SmdOptions { ExtraRoles = ["Gateway"] })));

    [Fact]
    public void Validate_LowerCaseEnumsAndNoFlag_AreNormalisedWithTheDefaults()
    {
        var errors = new List<string>();

        var component = _validator.Validate(new Component { ID = "X3000C0S7B0N0", State = "ready", Role = "compute", Arch = "x86", Subtype = " " }, errors);

        Assert.Empty(errors);
        Assert.Equal(("x3000c0s7b0n0", "Ready", "OK", true, "Compute", "X86", null),
            (component!.Id.Value, component.State, component.Flag, component.Enabled, component.Role, component.Arch, component.Subtype));
    }

    [Fact]
    public void Validate_SiteRole_IsAccepted()
    {
        var errors = new List<string>();

        Assert.Equal("Gateway", _validator.Validate(new Component { ID = "x3000c0s7b0n0", State = "On", Role = "gateway" }, errors)?.Role);
    }

    [Fact]
    public void Validate_SeveralMistakes_ReportsEachOfThem()
    {
        var errors = new List<string>();

        var component = _validator.Validate(new Component { ID = "x3000c0s7b0n0", State = "", Flag = "Bad", Role = "Chef", NID = -1 }, errors);

        Assert.Null(component);
        Assert.Equal(4, errors.Count);
        Assert.Contains("x3000c0s7b0n0: State is required", errors);
        Assert.Contains("x3000c0s7b0n0: NID -1 is negative", errors);
        Assert.Contains(errors, e => e.Contains("Flag", StringComparison.Ordinal) && e.Contains("Bad", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Role", StringComparison.Ordinal) && e.Contains("Chef", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x3000c0s7b0n", "xname ID 'x3000c0s7b0n' is invalid: ")]
    [InlineData("p1", "xname ID 'p1' is a partition name, not a component")]
    public void Validate_NotAComponentXname_IsRefused(string id, string message)
    {
        var errors = new List<string>();

        Assert.Null(_validator.Validate(new Component { ID = id, State = "On" }, errors));
        Assert.StartsWith(message, Assert.Single(errors), StringComparison.Ordinal);
    }
}
