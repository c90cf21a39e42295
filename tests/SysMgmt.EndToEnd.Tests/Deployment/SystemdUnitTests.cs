using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using SysMgmt.ServiceDefaults.Hosting;
using SysMgmt.Testing;
using SysMgmt.Testing.Authentication;
using SysMgmt.Testing.Files;
using SysMgmt.Testing.Postgres;
using SysMgmt.Testing.Processes;

namespace SysMgmt.EndToEnd.Tests.Deployment;

/// <summary>
/// deploy/systemd's units, without systemd: their settings are checked as written, and their command lines run the
/// published executables with the units' environment files and credentials, the test playing systemd's part for
/// <c>Type=notify</c> (READY=1 when serving, STOPPING=1 on SIGTERM).
/// </summary>
public sealed class SystemdUnitTests(PublishedExecutables executables, PostgresServerFixture postgres)
    : IClassFixture<PublishedExecutables>, IClassFixture<PostgresServerFixture>
{
    private const string ConfigDirectory = "/etc/sysmgmt/";
    private const string BinDirectory = "/usr/local/bin/";

    public static TheoryData<string> Units => ["sysmgmt-smd", "sysmgmt-bss"];

    private static string UnitDirectory => Path.Combine(RepositoryPaths.Root, "deploy", "systemd");

    [Theory]
    [MemberData(nameof(Units))]
    public void Unit_IsNotifyRestartsOnFailureRunsAsItsOwnUserAndIsHardened(string name)
    {
        var unit = SystemdUnit.Load(Path.Combine(UnitDirectory, name + ".service"));
        Assert.Equal("notify", unit.Single("Type"));
        Assert.Equal("on-failure", unit.Single("Restart"));
        Assert.Equal(BinDirectory + name, unit.Single("ExecStart").Split(' ')[0]);
        var user = unit.Single("User");
        Assert.Contains($"u {user} ", File.ReadAllText(Path.Combine(UnitDirectory, "sysmgmt.sysusers.conf")), StringComparison.Ordinal);
        foreach (var (key, value) in new[]
        {
            ("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"), ("PrivateTmp", "yes"),
            ("PrivateDevices", "yes"), ("CapabilityBoundingSet", ""), ("RestrictNamespaces", "yes"), ("UMask", "0077"),
        })
        {
            Assert.Equal(value, unit.Single(key));
        }

        // Every environment file is one deploy/systemd ships, and the secret each credential names is used by a setting.
        Assert.All(unit.All("EnvironmentFile"), file => Assert.True(File.Exists(ShippedFile(file)), $"{file} is not in deploy/systemd"));
        foreach (var credential in unit.All("LoadCredential"))
        {
            var id = credential.Split(':')[0];
            Assert.Contains(unit.All("Environment"), assignment => assignment.EndsWith("=%d/" + id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SmdAndBss_RunFromTheirUnitsAsWritten_ReportReady_Serve_AndStopOnSigterm()
    {
        var ct = TestContext.Current.CancellationToken;
        using var issuer = new TestTokenIssuer();
        using var root = new TemporaryDirectory();
        var database = await postgres.Server.CreateDatabaseAsync("units", ct);
        var smdUrl = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
        var grpcUrl = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
        var bssUrl = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
        File.WriteAllText(root.File("signing.pub.pem"), issuer.PublicKeyPem);
        Directory.CreateDirectory(root.File("credentials"));
        File.WriteAllText(root.File("credentials/credentials.key"), Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()));
        File.WriteAllText(root.File("credentials/bss-smd.token"), issuer.CreateToken("read", subject: "bss", lifetime: TimeSpan.FromHours(1)));
        var auth = new Dictionary<string, string>
        {
            ["Auth__Issuer"] = issuer.Issuer, ["Auth__Audience"] = issuer.Audience, ["Auth__PublicKeyFile"] = root.File("signing.pub.pem"),
        };

        // The shipped environment files with this machine's addresses, database and key path: values change, keys do not.
        await using var smd = await StartAsync("sysmgmt-smd", root, new(auth)
        {
            ["Kestrel__Endpoints__Http__Url"] = smdUrl, ["Kestrel__Endpoints__Grpc__Url"] = grpcUrl, ["ConnectionStrings__Smd"] = database,
        }, ct);
        await using var bss = await StartAsync("sysmgmt-bss", root, new(auth)
        {
            ["Urls"] = bssUrl, ["ConnectionStrings__Bss"] = database, ["Bss__AdvertiseAddress"] = bssUrl,
            ["Bss__Smd__Url"] = smdUrl, ["Bss__Smd__GrpcUrl"] = grpcUrl,
        }, ct);

        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateToken());
        var components = await client.GetAsync($"{smdUrl}/hsm/v2/State/Components", ct);
        Assert.Equal(HttpStatusCode.OK, components.StatusCode);
        // BSS follows SMD's stream with the token systemd handed it as a credential: its index is ready.
        var ready = await client.GetAsync($"{bssUrl}/readyz", ct);
        for (var tries = 0; ready.StatusCode != HttpStatusCode.OK && tries < 60; tries++)
        {
            await Task.Delay(500, ct);
            ready = await client.GetAsync($"{bssUrl}/readyz", ct);
        }

        Assert.True(ready.StatusCode == HttpStatusCode.OK, $"BSS /readyz: {await ready.Content.ReadAsStringAsync(ct)}\n{bss.Output}");
        Assert.DoesNotContain("Degraded", await ready.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        var script = await client.GetStringAsync($"{bssUrl}/boot/v1/bootscript?mac=02:00:00:00:00:01", ct);
        Assert.StartsWith("#!ipxe", script, StringComparison.Ordinal);

        await bss.StopAsync();
        await smd.StopAsync();
    }

    [Fact]
    public async Task Smd_WithAnInvalidConfiguration_SaysWhyAndExitsWithTheStatusItsUnitDoesNotRestartOn()
    {
        var ct = TestContext.Current.CancellationToken;
        using var root = new TemporaryDirectory();
        Directory.CreateDirectory(root.File("credentials"));
        File.WriteAllText(root.File("credentials/credentials.key"), Convert.ToBase64String(new byte[32]));
        var unit = SystemdUnit.Load(Path.Combine(UnitDirectory, "sysmgmt-smd.service"));
        Assert.Equal(ServiceHost.ConfigurationErrorExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), unit.Single("RestartPreventExitStatus"));

        await using var smd = Start("sysmgmt-smd", root, new() { ["Auth__PublicKeyFile"] = root.File("missing.pem") });
        var (exitCode, output) = await smd.WaitForExitAsync(TimeSpan.FromMinutes(1), ct);

        Assert.Equal(ServiceHost.ConfigurationErrorExitCode, exitCode);
        Assert.Contains("configuration is not valid", output, StringComparison.Ordinal);
        Assert.Contains("Auth:PublicKeyFile", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("READY=1", string.Join('\n', smd.Notifications), StringComparison.Ordinal);
    }

    private static string ShippedFile(string installedPath)
    {
        Assert.StartsWith(ConfigDirectory, installedPath, StringComparison.Ordinal);
        return Path.Combine(UnitDirectory, installedPath[ConfigDirectory.Length..]);
    }

    /// <summary>As <see cref="Start"/>, returning once the service reported READY=1.</summary>
    private async Task<UnitProcess> StartAsync(string name, TemporaryDirectory root, Dictionary<string, string> values, CancellationToken ct)
    {
        var process = Start(name, root, values);
        await process.WaitForReadyAsync();
        return process;
    }

    /// <summary>
    /// Starts <paramref name="name"/>'s ExecStart= with its unit's environment: the shipped EnvironmentFile= with
    /// <paramref name="values"/> changed (each must be a key the file sets), Environment= with %d expanded, and the
    /// credentials directory.
    /// </summary>
    private UnitProcess Start(string name, TemporaryDirectory root, Dictionary<string, string> values)
    {
        var unit = SystemdUnit.Load(Path.Combine(UnitDirectory, name + ".service"));
        var credentials = root.File("credentials");
        var environment = unit.Environment(file =>
        {
            var settings = KeyValueFile.Read(ShippedFile(file));
            foreach (var (key, value) in values)
            {
                Assert.True(settings.ContainsKey(key), $"{file} does not set {key}");
                settings[key] = value;
            }

            var copy = root.File(Path.GetFileName(file));
            File.WriteAllLines(copy, settings.Select(pair => $"{pair.Key}={pair.Value}"));
            return copy;
        }, credentials);
        environment["CREDENTIALS_DIRECTORY"] = credentials;
        var command = unit.Single("ExecStart").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return UnitProcess.Start(executables.PathOf(Path.GetFileName(command[0])), command[1..], environment, root);
    }

    /// <summary>
    /// A published executable run as systemd runs a unit's command: as the child of a process named <c>systemd</c> (how
    /// .NET's systemd integration recognises its manager), with a notification socket.
    /// </summary>
    private sealed class UnitProcess : IAsyncDisposable
    {
        // The stand-in manager: forwards SIGTERM to the service, as systemd's stop does, and exits with its status.
        private const string Manager = """trap 'kill -TERM "$child" 2>/dev/null' TERM; "$@" & child=$!; wait "$child"; wait "$child" """;

        private readonly Process _process;
        private readonly NotifySocket _notify;
        private readonly OutputBuffer _output = new();

        private UnitProcess(Process process, NotifySocket notify)
        {
            _process = process;
            _notify = notify;
            _process.OutputDataReceived += (_, e) => _output.Append(e.Data);
            _process.ErrorDataReceived += (_, e) => _output.Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Output => _output.ToString();

        public IReadOnlyList<string> Notifications => _notify.Received;

        public static UnitProcess Start(string executable, string[] arguments, Dictionary<string, string> environment, TemporaryDirectory root)
        {
            var manager = root.File("systemd");
            if (!File.Exists(manager))
            {
                File.CreateSymbolicLink(manager, "/bin/bash");
            }

            var notify = new NotifySocket(root.File($"notify-{Path.GetFileName(executable)}"));
            var startInfo = new ProcessStartInfo(manager) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["-c", Manager, "systemd", executable, .. arguments])
            {
                startInfo.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }

            startInfo.Environment["NOTIFY_SOCKET"] = notify.Path;
            return new UnitProcess(Process.Start(startInfo)!, notify);
        }

        public async Task WaitForReadyAsync()
        {
            if (!await _notify.WaitForAsync("READY=1", TimeSpan.FromMinutes(2), () => _process.HasExited))
            {
                Assert.Fail($"the service did not report READY=1 (got: {string.Join(" | ", _notify.Received)}):\n{Output}");
            }
        }

        public async Task<(int ExitCode, string Output)> WaitForExitAsync(TimeSpan timeout, CancellationToken ct)
        {
            await _process.WaitForExitAsync(ct).WaitAsync(timeout, ct);
            _process.WaitForExit();
            _notify.ReceiveQueued();
            return (_process.ExitCode, Output);
        }

        /// <summary>SIGTERM, as systemctl stop sends: the service reports STOPPING=1 and exits 0.</summary>
        public async Task StopAsync()
        {
            UnixSignals.Send(_process.Id, "TERM");
            Assert.True(await _notify.WaitForAsync("STOPPING=1", TimeSpan.FromSeconds(30), () => false), $"no STOPPING=1:\n{Output}");
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(_process.ExitCode == 0, $"exited {_process.ExitCode}:\n{Output}");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                UnixSignals.Send(_process.Id, "TERM");
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }

            _process.Dispose();
            _notify.Dispose();
        }
    }
}
