using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SysMgmt.Bss.CloudInit;

namespace SysMgmt.Bss.Tests.CloudInit;

public sealed class ClientAddressResolverTests
{
    private static string? Resolve(string peer, string? forwardedFor, params string[] trusted)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        if (forwardedFor is not null)
        {
            context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        }

        var options = new BssOptions { CloudInit = { TrustedProxies = [.. trusted] } };
        return new ClientAddressResolver(Options.Create(options)).Resolve(context);
    }

    [Fact]
    public void Resolve_UntrustedPeerWithForwardedFor_IgnoresTheHeader() =>
        Assert.Equal("10.0.0.66", Resolve("10.0.0.66", "10.0.0.12"));

    [Fact]
    public void Resolve_TrustedProxy_TakesTheNearestUntrustedHop() =>
        Assert.Equal("10.0.0.12", Resolve("10.1.0.2", "203.0.113.9, 10.0.0.12, 10.1.0.1", "10.1.0.0/24"));

    [Fact]
    public void Resolve_TrustedProxyByAddress_AcceptsSingleAddressEntries() =>
        Assert.Equal("10.0.0.12", Resolve("10.1.0.2", "10.0.0.12", "10.1.0.2"));

    [Fact]
    public void Resolve_TrustedProxyWithGarbageHop_FallsBackToThePeer() =>
        Assert.Equal("10.1.0.2", Resolve("10.1.0.2", "not-an-ip", "10.1.0.0/24"));

    [Fact]
    public void Resolve_Ipv4MappedPeer_IsPlainIpv4() =>
        Assert.Equal("10.0.0.12", Resolve("::ffff:10.0.0.12", null));
}
