using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SysMgmt.Testing.Http;
using SysMgmt.Testing.Redfish;

namespace SysMgmt.RedfishEmulator.Tests;

/// <summary>Firmware pushed to the UpdateService's HttpPushUri or MultipartHttpPushUri (OpenBMC has no SimpleUpdate).</summary>
public sealed class UpdatePushTests
{
    private const string OpenBmcPushUri = "/redfish/v1/UpdateService/update";

    [Fact]
    public async Task Post_ImageAsTheBody_StartsATaskThatCompletes()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var options = TestBmcs.Options(1, "csm-rie-OpenBMC-stock");
        await using var emulator = await TestBmcs.StartAsync(options, cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostAsync(OpenBmcPushUri, Image(4096), cancellationToken);
        var task = await response.ReadJsonAsync(cancellationToken);
        await Task.Delay(options.TaskDuration, cancellationToken);
        var done = await (await http.GetAsync(response.Headers.Location, cancellationToken)).ReadJsonAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/redfish/v1/TaskService/Tasks/1", response.Headers.Location?.OriginalString);
        Assert.Equal(("Running", "Firmware push (4096 bytes)"), (task.GetProperty("TaskState").GetString(), task.GetProperty("Name").GetString()));
        Assert.Equal("Completed", done.GetProperty("TaskState").GetString());
    }

    [Fact]
    public async Task Post_MultipartFormWithUpdateFile_StartsATask()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostAsync(OpenBmcPushUri, Form("""{"Targets": ["/redfish/v1/UpdateService/FirmwareInventory/bmc"]}""", Image(100)), cancellationToken);
        var task = await response.ReadJsonAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Firmware push (100 bytes)", task.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task Post_PushUriOutsideRedfishTree_IsServedWhereTheMockupSays()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "dmtf-public-rackmount1"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostAsync("/FWUpdate", Image(10), cancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public static TheoryData<string, string> BadPushes => new()
    {
        { "empty", "carries no image" },
        { "no-file", "no UpdateFile part" },
        { "bad-parameters", "not a JSON object" },
    };

    [Theory]
    [MemberData(nameof(BadPushes))]
    public async Task Post_WithoutAnImage_Answers400(string kind, string reason)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);
        HttpContent content = kind switch
        {
            "empty" => Image(0),
            "no-file" => Form("{}", null),
            _ => Form("[1]", Image(10)),
        };

        using var response = await http.PostAsync(OpenBmcPushUri, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.Empty(emulator.Bmcs[0].State.TaskIds());
    }

    [Fact]
    public async Task Post_WithoutCredentials_Answers401()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-OpenBMC-stock"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0], password: "wrong");

        using var response = await http.PostAsync(OpenBmcPushUri, Image(10), cancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BmcWhoseUpdateServiceNamesNoPushUri_Answers404()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var emulator = await TestBmcs.StartAsync(TestBmcs.Options(1, "csm-rie-Intel"), cancellationToken);
        using var http = EmulatorHttp.Client(emulator, emulator.Bmcs[0]);

        using var response = await http.PostAsync(OpenBmcPushUri, Image(10), cancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static ByteArrayContent Image(int size)
    {
        var content = new ByteArrayContent(Enumerable.Range(0, size).Select(i => (byte)i).ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    private static MultipartFormDataContent Form(string parameters, ByteArrayContent? image)
    {
        var form = new MultipartFormDataContent { { new StringContent(parameters, Encoding.UTF8, "application/json"), "UpdateParameters" } };
        if (image is not null)
        {
            form.Add(image, "UpdateFile", "image.tar");
        }

        return form;
    }
}
