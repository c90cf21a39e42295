using SysMgmt.Smd.PowerMaps;

namespace SysMgmt.Smd.Tests.PowerMaps;

public sealed class PowerMapValidatorTests
{
    [Fact]
    public void Validate_ValidMap_NormalisesAndKeepsEachSupplierOnceInOrder()
    {
        var map = PowerMapValidator.Validate(new PowerMap { Id = "X0C0S01B0N0", PoweredBy = ["x0m0p0j11", "X0M0P0J10", "x0m0p0j011"] }, out var error);

        Assert.Equal("", error);
        Assert.Equal("x0c0s1b0n0", map!.Id.Value);
        Assert.Equal(["x0m0p0j11", "x0m0p0j10"], map.PoweredBy);
    }

    [Theory]
    [InlineData(null, new[] { "x0m0p0j10" }, "id '' is not a valid xname: it is empty")]
    [InlineData(" ", new[] { "x0m0p0j10" }, "id ' ' is not a valid xname: it is empty")]
    [InlineData("bogus", new[] { "x0m0p0j10" }, "id 'bogus' is not a valid xname")]
    [InlineData("p1", new[] { "x0m0p0j10" }, "id 'p1' is a Partition, not a component")]
    [InlineData("x0c0s1b0n0", null, "x0c0s1b0n0: poweredBy is required for PowerMaps")]
    [InlineData("x0c0s1b0n0", new string[0], "x0c0s1b0n0: poweredBy is required for PowerMaps")]
    [InlineData("x0c0s1b0n0", new[] { "x0m0p0j10", "s0" }, "x0c0s1b0n0: poweredBy 's0' is a System, not a component")]
    [InlineData("x0c0s1b0n0", new[] { "x0m0p0j10", "" }, "x0c0s1b0n0: poweredBy '' is not a valid xname: it is empty")]
    [InlineData("x0c0s1b0n0", new[] { "x0c0s01b0n0" }, "x0c0s1b0n0 cannot be powered by itself")]
    public void Validate_InvalidMap_SaysWhy(string? id, string[]? poweredBy, string expected)
    {
        var map = PowerMapValidator.Validate(new PowerMap { Id = id, PoweredBy = poweredBy }, out var error);

        Assert.Null(map);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }
}
