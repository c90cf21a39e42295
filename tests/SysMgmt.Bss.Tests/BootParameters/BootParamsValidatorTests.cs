using System.Text.Json;
using SysMgmt.Bss.BootParameters;

namespace SysMgmt.Bss.Tests.BootParameters;

public sealed class BootParamsValidatorTests
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private static BootParamsRequest Body(string json) => JsonSerializer.Deserialize<BootParamsRequest>(json, s_json)!;

    [Fact]
    public void Validate_GoodBody_NormalisesEveryKey()
    {
        var change = BootParamsValidator.Validate(Body("""{"hosts":["X0C0S2B0N0","compute"],"macs":["00-1E-67-DF-F4-F1"],"nids":[12,12],"params":" quiet ","kernel":"http://k "}""")).Value!;

        Assert.Equal(["x0c0s2b0n0", "Compute"], change.Hosts.Select(h => h.Name));
        Assert.Equal(["00:1e:67:df:f4:f1"], change.Macs);
        Assert.Equal([12L], change.Nids);
        Assert.Equal(("quiet", "http://k", (string?)null), (change.Params, change.Kernel, change.Initrd));
        Assert.Null(change.CloudInit);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblemAtOnce()
    {
        var outcome = BootParamsValidator.Validate(Body(
            """{"hosts":["x1c9"],"macs":["aa:bb"],"nids":[-1],"params":"a\nchain http://evil/","kernel":"http://k x","initrd":"i\tj","cloud-init":{"metadata":{},"user-data":[]}}"""));

        Assert.Equal(400, outcome.Problem?.Status);
        Assert.Equal(
            "invalid boot parameters: hosts: 'x1c9' is not a valid xname: chassis number 9 is out of range 0-7; "
            + "macs: 'aa:bb' is not a valid MAC address: it has 4 hexadecimal digits, a MAC address has 12; nids: -1 is not a NID (0 to 2147483647); "
            + "params must be one line without control characters; kernel must be a URL or path without spaces or control characters; "
            + "initrd must be a URL or path without spaces or control characters; "
            + "cloud-init has no member 'metadata'; expected meta-data, user-data, secret-user-data, phone-home; cloud-init.user-data must be an object",
            outcome.Problem?.Detail);
    }

    [Fact]
    public void Validate_CloudInitAbsentNullOrGiven_AreToldApart()
    {
        var absent = BootParamsValidator.Validate(Body("""{"hosts":["Default"]}""")).Value!;
        var cleared = BootParamsValidator.Validate(Body("""{"hosts":["Default"],"cloud-init":null}""")).Value!;
        var given = BootParamsValidator.Validate(Body("""{"hosts":["Default"],"cloud-init":{"user-data":{"a":1},"phone-home":{"hostname":"n1"}}}""")).Value!;

        Assert.Null(absent.CloudInit);
        Assert.Equal(CloudInitData.Empty with { }, cleared.CloudInit!.ToData() with { });
        Assert.Equal("""{"a":1}""", given.CloudInit!.ToData().UserData!.Value.GetRawText());
        Assert.Equal("n1", given.CloudInit.PhoneHome!.Hostname);
    }

    [Fact]
    public void Validate_NulInCloudInit_IsRefused()
    {
        var outcome = BootParamsValidator.Validate(Body("""{"hosts":["Default"],"cloud-init":{"user-data":{"a":"x\u0000y"}}}"""));

        Assert.Equal("invalid boot parameters: cloud-init must not contain NUL characters (\\u0000)", outcome.Problem?.Detail);
    }
}
