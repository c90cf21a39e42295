using System.Buffers.Text;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using SysMgmt.Testing;
using SysMgmt.Testing.Files;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// docker-compose.yml cannot run here (no Docker engine), so these tests hold it to what the services read: every
/// setting is one they know, every port they listen on is published, every file they are pointed to is one the init
/// service creates, and the tokens it mints are signed with the key the services trust.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly ComposeFile s_compose = ComposeFile.Load();

    public static TheoryData<string> Services => ["smd", "bss"];

    [Fact]
    public void Services_AreInitPostgresSmdAndBss_AndEveryOneWaitsForInit()
    {
        Assert.Equal(["init", "postgres", "smd", "bss"], s_compose.ServiceNames);
        Assert.Equal("compose/init.Dockerfile", s_compose.Scalar("init", "build", "dockerfile"));
        foreach (var service in new[] { "postgres", "smd", "bss" })
        {
            Assert.Equal("service_completed_successfully", s_compose.Scalar(service, "depends_on", "init", "condition"));
        }

        Assert.Equal("service_healthy", s_compose.Scalar("smd", "depends_on", "postgres", "condition"));
        Assert.Equal("service_healthy", s_compose.Scalar("bss", "depends_on", "postgres", "condition"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void EverySetting_IsOneTheServiceReads(string service)
    {
        var catalog = service == "smd" ? ServiceSettingsCatalog.Smd : ServiceSettingsCatalog.Bss;
        var environment = s_compose.Environment(service);
        Assert.NotEmpty(environment);
        Assert.All(environment.Keys, key => Assert.True(catalog.Reads(key), $"{service} reads no setting {key}"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void EveryListenPort_IsPublishedAndExposedByTheImage(string service)
    {
        var listening = ListenUrls(s_compose.Environment(service)).Select(url => new Uri(url).Port).Order().ToArray();
        Assert.NotEmpty(listening);
        Assert.Equal(listening, s_compose.PublishedContainerPorts(service).Order().ToArray());
        var dockerfile = s_compose.Scalar(service, "build", "dockerfile")!;
        var exposed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, dockerfile))
            .Where(line => line.StartsWith("EXPOSE ", StringComparison.Ordinal))
            .SelectMany(line => line["EXPOSE ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse);
        Assert.Equal(listening, exposed.Order().ToArray());
    }

    [Fact]
    public void Bss_ReachesSmdAtItsServiceNameOnSmdsPorts()
    {
        var smd = s_compose.Environment("smd");
        var bss = s_compose.Environment("bss");
        var rest = new Uri(bss["Bss__Smd__Url"]);
        var grpc = new Uri(bss["Bss__Smd__GrpcUrl"]);
        Assert.Equal(("smd", new Uri(smd["Kestrel__Endpoints__Http__Url"]).Port), (rest.Host, rest.Port));
        Assert.Equal(("smd", new Uri(smd["Kestrel__Endpoints__Grpc__Url"]).Port), (grpc.Host, grpc.Port));
        Assert.Equal("Http2", smd["Kestrel__Endpoints__Grpc__Protocols"]);
    }

    [Fact]
    public async Task InitCreatesEveryFileTheServicesAreGiven_TokensTheyTrust_AndKeepsThemOnASecondRun()
    {
        using var keys = new TemporaryDirectory();
        await RunInitAsync(keys.Path);
        var first = Contents(keys.Path);
        await RunInitAsync(keys.Path);
        Assert.Equal(first, Contents(keys.Path));

        foreach (var service in new[] { "postgres", "smd", "bss" })
        {
            Assert.Contains("./compose/keys:/keys", string.Join(' ', s_compose.Strings(service, "volumes")), StringComparison.Ordinal);
            foreach (var file in KeyFiles(s_compose.Environment(service)))
            {
                Assert.True(File.Exists(Path.Combine(keys.Path, file)), $"{service} is given /keys/{file}, which compose-init does not create");
            }
        }

        Assert.Equal("ro", s_compose.Strings("smd", "volumes").Single(volume => volume.Contains("/keys", StringComparison.Ordinal)).Split(':')[^1]);

        var smd = s_compose.Environment("smd");
        var bss = s_compose.Environment("bss");
        Assert.Equal((smd["Auth__Issuer"], smd["Auth__Audience"]), (bss["Auth__Issuer"], bss["Auth__Audience"]));
        using var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(Path.Combine(keys.Path, "signing.pub.pem")));
        var bssToken = VerifiedClaims(File.ReadAllText(Path.Combine(keys.Path, "bss-smd.token")).Trim(), key);
        Assert.Equal((smd["Auth__Issuer"], smd["Auth__Audience"], "read"), (bssToken.Iss, bssToken.Aud, bssToken.Scope));
        var admin = VerifiedClaims(File.ReadAllText(Path.Combine(keys.Path, "admin.token")).Trim(), key);
        Assert.Equal((smd["Auth__Issuer"], smd["Auth__Audience"], "read write"), (admin.Iss, admin.Aud, admin.Scope));

        // PostgreSQL's user, database and password are the ones SMD and BSS log in with.
        var postgres = s_compose.Environment("postgres");
        var password = File.ReadAllText(Path.Combine(keys.Path, "pg.password")).Trim();
        Assert.Equal("/keys/pg.password", postgres["POSTGRES_PASSWORD_FILE"]);
        var pgpass = File.ReadAllText(Path.Combine(keys.Path, "pgpass")).Trim().Split(':');
        foreach (var connection in new[] { smd["ConnectionStrings__Smd"], bss["ConnectionStrings__Bss"] })
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            Assert.Equal((postgres["POSTGRES_USER"], postgres["POSTGRES_DB"], "postgres", 5432), (builder.Username, builder.Database, builder.Host, builder.Port));
            Assert.Equal([builder.Host!, builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "*", builder.Username!, password], pgpass);
            Assert.Null(builder.Password);
        }
    }

    private static IEnumerable<string> ListenUrls(Dictionary<string, string> environment) =>
        environment.Where(pair => pair.Key == "Urls" || (pair.Key.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal) && pair.Key.EndsWith("__Url", StringComparison.Ordinal)))
            .SelectMany(pair => pair.Value.Split(';'));

    /// <summary>The file names under /keys that a service's settings point to (directly or in a connection string).</summary>
    private static IEnumerable<string> KeyFiles(Dictionary<string, string> environment) =>
        environment.Values
            .SelectMany(value => value.Split(';', '='))
            .Where(part => part.StartsWith("/keys/", StringComparison.Ordinal))
            .Select(part => part["/keys/".Length..]);

    private static Dictionary<string, string> Contents(string directory) =>
        Directory.GetFiles(directory).ToDictionary(file => Path.GetFileName(file), File.ReadAllText);

    private static async Task RunInitAsync(string keys)
    {
        var startInfo = new ProcessStartInfo(RepositoryPaths.Script("compose-init")) { ArgumentList = { "--keys", keys } };
        var (exitCode, output) = await ScriptRun.RunAsync(startInfo, TimeSpan.FromMinutes(2));
        Assert.True(exitCode == 0, $"compose-init exited {exitCode}:\n{output}");
    }

    private static (string Iss, string Aud, string Scope) VerifiedClaims(string token, RSA key)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.True(
            key.VerifyData(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "the token is not signed with the key in signing.pub.pem");
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var claims = payload.RootElement;
        return (claims.GetProperty("iss").GetString()!, claims.GetProperty("aud").GetString()!, claims.GetProperty("scope").GetString()!);
    }
}
