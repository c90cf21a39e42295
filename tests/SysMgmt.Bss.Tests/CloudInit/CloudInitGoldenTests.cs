using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SysMgmt.Bss.BootParameters;
using SysMgmt.Bss.CloudInit;
using SysMgmt.Bss.Tests.Infrastructure;
using SysMgmt.Core.Contracts;

namespace SysMgmt.Bss.Tests.CloudInit;

/// <summary>
/// Cloud-init answers for the CSM tavern scenario (tests/fixtures/bss/cray-bss-*): node x9999c0s1b0n0, Role
/// Management, SubRole Worker, at 10.0.0.9, with its own meta-data and user-data.
/// </summary>
public sealed class CloudInitGoldenTests
{
    private const string Address = "10.0.0.9";

    private static readonly Component s_node = new() { ID = "x9999c0s1b0n0", Type = "Node", State = "Ready", Enabled = true, Role = "Management", SubRole = "Worker" };

    private static (BootTestBed Bed, CloudInitService CloudInit) Scenario(params BootEntry[] extra)
    {
        var cloudInit = CloudInitData.FromStorageJson("""{"meta-data":{"meta-data-key":"foo","nested-data":{"foo":"bar"}},"user-data":{"user-data-key":"bar"}}""");
        var bed = new BootTestBed()
            .WithNodes((s_node, ["0e:ff:ff:ff:ff:fe"], [Address]))
            .WithEntries([new BootEntry(s_node.ID, "console=tty0", "s3://boot-images/kernel", "s3://boot-images/initrd", cloudInit, "token-1"), .. extra]);
        // Phone-home is not exercised here, so the writer's database is never opened.
        var writer = new BootParametersService(new BootParametersStore(NpgsqlDataSource.Create("Host=unused")), null!, bed.Directory, NullLogger<BootParametersService>.Instance);
        return (bed, new CloudInitService(bed.Directory, bed.Resolver, bed.History, writer));
    }

    [Fact]
    public void MetaData_TavernNode_MatchesGoldenExceptTheDerivedInstanceId()
    {
        var (_, cloudInit) = Scenario();

        var metaData = cloudInit.MetaData(cloudInit.Identify(Address), key: null).Value!;

        var expected = GoldenScenario.Golden("cray-bss-meta-data.json").TrimEnd('\n')
            .Replace("x9999c0s1b0n0-0123456789ab", JsonDocument.Parse(metaData).RootElement.GetProperty("instance-id").GetString(), StringComparison.Ordinal);
        Assert.Equal(expected, metaData);
        Assert.Matches("^x9999c0s1b0n0-[0-9a-f]{12}$", JsonDocument.Parse(metaData).RootElement.GetProperty("instance-id").GetString());
    }

    [Fact]
    public void MetaData_Key_SelectsOneValue()
    {
        var (_, cloudInit) = Scenario();

        Assert.Equal(GoldenScenario.Golden("cray-bss-meta-data_key=meta-data-key.json").TrimEnd('\n'), cloudInit.MetaData(cloudInit.Identify(Address), "meta-data-key").Value);
        Assert.Equal("""{"foo":"bar"}""", cloudInit.MetaData(cloudInit.Identify(Address), "nested-data").Value);
        Assert.Equal("\"bar\"", cloudInit.MetaData(cloudInit.Identify(Address), "nested-data.foo").Value);
        Assert.Equal(404, cloudInit.MetaData(cloudInit.Identify(Address), "nested-data.missing").Problem?.Status);
    }

    [Fact]
    public void MetaData_SameNodeAndParameters_KeepsItsInstanceIdAcrossRequests()
    {
        var (_, cloudInit) = Scenario();

        Assert.Equal(cloudInit.MetaData(cloudInit.Identify(Address), "instance-id").Value, cloudInit.MetaData(cloudInit.Identify(Address), "instance-id").Value);
    }

    [Fact]
    public void UserData_TavernNode_MatchesGolden()
    {
        var (_, cloudInit) = Scenario();

        Assert.Equal(GoldenScenario.Golden("cray-bss-user-data.yaml"), cloudInit.UserData(cloudInit.Identify(Address), token: null).Value);
    }

    [Fact]
    public void UserData_NodeOverSubRoleOverRoleOverDefault_MergesDeeply()
    {
        var (_, cloudInit) = Scenario(
            Layer("Default", """{"ntp":{"servers":["default"]},"from":"default","default-only":1}"""),
            Layer("Management", """{"ntp":{"enabled":true},"from":"role"}"""),
            Layer("Worker", """{"from":"subrole","user-data-key":"subrole"}"""));

        var userData = cloudInit.UserData(cloudInit.Identify(Address), token: null).Value;

        Assert.Equal(
            "#cloud-config\ndefault-only: 1\nfrom: subrole\nlocal-hostname: x9999c0s1b0n0\nntp:\n  enabled: true\n  servers:\n  - default\nuser-data-key: bar\n",
            userData);
    }

    private static BootEntry Layer(string name, string userData) =>
        new(name, "", "", "", CloudInitData.FromStorageJson($$"""{"user-data":{{userData}}}"""), "token-" + name);
}
