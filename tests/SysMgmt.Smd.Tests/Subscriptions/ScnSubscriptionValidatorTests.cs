using Microsoft.Extensions.Options;
using SysMgmt.Smd.Service;
using SysMgmt.Smd.Subscriptions;

namespace SysMgmt.Smd.Tests.Subscriptions;

public sealed class ScnSubscriptionValidatorTests
{
    private readonly ScnSubscriptionValidator _validator = new(new HmsVocabulary(Options.Create(new SmdOptions { ExtraRoles = ["Storage"] })));

    [Fact]
    public void Validate_Triggers_AreNormalisedAndDeduplicated()
    {
        var valid = _validator.Validate(new ScnSubscriptionRequest
        {
            Subscriber = " hmnfd ",
            Url = "https://hmnfd.local:8443/scn?x=1",
            States = ["ready", "READY", "off"],
            Roles = ["storage"],
            SoftwareStatus = [" AdminDown "],
        });

        var subscription = valid.Value!;
        Assert.Equal("hmnfd", subscription.Subscriber);
        Assert.Equal(["Ready", "Off"], subscription.Triggers.States);
        Assert.Equal(["Storage"], subscription.Triggers.Roles);
        Assert.Equal(["AdminDown"], subscription.Triggers.SoftwareStatus);
    }

    [Theory]
    [InlineData("http://10.0.0.1/scn", true)]
    [InlineData("https://user:pw@host.local:28600/hmi/v1/scn", true)]
    [InlineData("HTTP://HOST/scn", true)]
    [InlineData("ftp://host/scn", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/hmi/v1/scn", false)]
    [InlineData("host:28600/scn", false)]
    [InlineData("http:///scn", false)]
    public void IsDeliverable_OnlyAbsoluteHttpOrHttpsUrlsWithAHost(string url, bool deliverable)
    {
        Assert.Equal(deliverable, ScnSubscriptionValidator.IsDeliverable(url));
    }

    [Fact]
    public void Validate_EnabledFalseAlone_IsNoTrigger()
    {
        var invalid = _validator.Validate(new ScnSubscriptionRequest { Subscriber = "s", Url = "http://h/scn", Enabled = false });

        Assert.StartsWith("Missing trigger", invalid.Problem!.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ADD", "Add")]
    [InlineData("remove", "Remove")]
    [InlineData("Replace", "Replace")]
    public void ValidatePatch_Op_IsReadIgnoringCase(string op, string expected)
    {
        Assert.Equal(expected, _validator.Validate(new ScnSubscriptionPatchRequest { Op = op, States = ["On"] }).Value!.Operation.ToString());
    }

    [Fact]
    public void ValidatePatch_NumericOp_IsRefused()
    {
        Assert.Equal("Invalid Patch Op - 1 (expected add, remove or replace)", _validator.Validate(new ScnSubscriptionPatchRequest { Op = "1", States = ["On"] }).Problem!.Detail);
    }
}
