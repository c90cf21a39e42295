using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SysMgmt.Smd.IntegrationTests.Infrastructure;
using SysMgmt.Testing.Time;

namespace SysMgmt.Smd.IntegrationTests.EthernetInterfaces;

/// <summary>
/// An SMD host on a fixture's database whose clock only moves when the test says so, with a read-write client.
/// The clock starts at the real time (tokens stay valid) unless told otherwise; <c>settings</c> override configuration.
/// </summary>
internal sealed class ClockedSmdHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    public ClockedSmdHost(SmdFixture smd, DateTimeOffset? start = null, params (string Key, string Value)[] settings)
    {
        Clock = new ManualTimeProvider(start);
        _host = smd.Factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        Client = _host.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", smd.Tokens.CreateToken(SmdFixture.ReadWrite));
    }

    public ManualTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _host.Services;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
