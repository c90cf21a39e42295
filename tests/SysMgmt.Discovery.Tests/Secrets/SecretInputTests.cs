using System.Text;
using SysMgmt.Discovery.Secrets;
using SysMgmt.Redfish;

namespace SysMgmt.Discovery.Tests.Secrets;

public sealed class SecretInputTests
{
    [Theory]
    [InlineData("root:s3cret", "s3cret")]
    [InlineData("root:s3cret\n", "s3cret")]
    [InlineData("root:s3cret\r\n", "s3cret")]
    [InlineData("root:a:b:c", "a:b:c")] // magellan refuses a colon in the password
    [InlineData("root: padded \n", " padded ")]
    public void Parse_Basic_SplitsAtTheFirstColonAndDropsTheFinalNewline(string text, string password)
    {
        Assert.Equal(new RedfishCredentials("root", password), SecretInput.Parse(text, SecretInputFormat.Basic));
    }

    [Fact]
    public void Parse_ValidJson_IsAccepted()
    {
        // magellan's isValidCredsJSON starts from !json.Valid and so refuses exactly this.
        var credentials = SecretInput.Parse("""{"username": "admin", "password": "p\"w"}""", SecretInputFormat.Json);

        Assert.Equal(new RedfishCredentials("admin", "p\"w"), credentials);
    }

    [Fact]
    public void Parse_ValidBase64_IsAccepted()
    {
        var text = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"username":"admin","password":"pw"}""")) + "\n";

        Assert.Equal(new RedfishCredentials("admin", "pw"), SecretInput.Parse(text, SecretInputFormat.Base64));
    }

    [Theory]
    [InlineData("hunter2", SecretInputFormat.Basic, "no ':'")]
    [InlineData(":hunter2", SecretInputFormat.Basic, "username is empty")]
    [InlineData("root:", SecretInputFormat.Basic, "password is empty")]
    [InlineData("{\"username\":\"root\",\"password\":\"hunter2\"", SecretInputFormat.Json, "JSON object")]
    [InlineData("{\"username\":\"root\"}", SecretInputFormat.Json, "JSON object")]
    [InlineData("{\"Username\":\"root\",\"Password\":\"hunter2\"}", SecretInputFormat.Json, "JSON object")]
    [InlineData("[\"root\",\"hunter2\"]", SecretInputFormat.Json, "JSON object")]
    [InlineData("hunter2!", SecretInputFormat.Base64, "not base64")]
    public void Parse_Invalid_SaysWhyWithoutQuotingTheInput(string text, SecretInputFormat format, string reason)
    {
        var error = Assert.Throws<FormatException>(() => SecretInput.Parse(text, format));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
