using SysMgmt.Core.Hms;

namespace SysMgmt.Core.Tests.Hms;

public class HmsEnumsTests
{
    public static TheoryData<string, string[]> Definitions { get; } = new()
    {
        { "State", ["Unknown", "Empty", "Populated", "Off", "On", "Standby", "Halt", "Ready"] },
        { "Flag", ["Unknown", "OK", "Warning", "Alert", "Locked"] },
        { "Role", ["Compute", "Service", "System", "Application", "Storage", "Management"] },
        { "SubRole", ["Master", "Worker", "Storage"] },
        { "NetType", ["Sling", "Infiniband", "Ethernet", "OEM", "None"] },
        { "Arch", ["X86", "ARM", "UNKNOWN", "Other"] },
        { "Class", ["River", "Mountain", "Hill"] },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Enum_Values_MatchHmsBase(string name, string[] expected)
    {
        var hmsEnum = Get(name);

        Assert.Equal(name, hmsEnum.Name);
        Assert.Equal(expected, hmsEnum.Values);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Enum_EveryValueInUpperAndLowerCase_NormalisesToItself(string name, string[] values)
    {
        var hmsEnum = Get(name);

        foreach (var value in values)
        {
            Assert.Equal(value, hmsEnum.Normalize(value.ToUpperInvariant()));
            Assert.Equal(value, hmsEnum.Normalize(value.ToLowerInvariant()));
        }
    }

    [Theory]
    [InlineData("State", "ready", "Ready")]
    [InlineData("State", "STANDBY", "Standby")]
    [InlineData("Flag", "ok", "OK")]
    [InlineData("Flag", "warn", "Warning")]
    [InlineData("Flag", "WARN", "Warning")]
    [InlineData("Flag", "warning", "Warning")]
    [InlineData("Role", "management", "Management")]
    [InlineData("SubRole", "worker", "Worker")]
    [InlineData("NetType", "oem", "OEM")]
    [InlineData("NetType", "INFINIBAND", "Infiniband")]
    [InlineData("Arch", "x86", "X86")]
    [InlineData("Arch", "unknown", "UNKNOWN")]
    [InlineData("Class", "mountain", "Mountain")]
    public void Normalize_CaseOrAliasVariant_ReturnsCanonical(string name, string input, string expected)
    {
        Assert.Equal(expected, Get(name).Normalize(input));
    }

    [Theory]
    [InlineData("State", "Active")]
    [InlineData("State", "Paused")]
    [InlineData("State", "rdy")]
    [InlineData("Flag", "Warn ")]
    [InlineData("Flag", "Error")]
    [InlineData("Role", "UAN")]
    [InlineData("SubRole", "Compute")]
    [InlineData("NetType", "Slingshot")]
    [InlineData("Arch", "x86_64")]
    [InlineData("Class", "Other")]
    public void Normalize_UnknownValue_ReturnsNull(string name, string input)
    {
        Assert.Null(Get(name).Normalize(input));
    }

    [Fact]
    public void SubRole_WithSiteAdditions_AcceptsThemCaseInsensitively()
    {
        var subRoles = HmsEnums.SubRole.WithAdditions(["UAN", "Gateway", "LNETRouter", "Visualization", "UserDefined", "Worker"]);

        Assert.Equal(["Master", "Worker", "Storage", "UAN", "Gateway", "LNETRouter", "Visualization", "UserDefined"], subRoles.Values);
        Assert.Equal("LNETRouter", subRoles.Normalize("lnetrouter"));
        Assert.Null(HmsEnums.SubRole.Normalize("UAN"));
    }

    private static HmsEnum Get(string name) => name switch
    {
        "State" => HmsEnums.State,
        "Flag" => HmsEnums.Flag,
        "Role" => HmsEnums.Role,
        "SubRole" => HmsEnums.SubRole,
        "NetType" => HmsEnums.NetType,
        "Arch" => HmsEnums.Arch,
        "Class" => HmsEnums.Class,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
