using SysMgmt.Core.Networking;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// The <c>{ipAddress}</c> of a route, in canonical form, so <c>FE80:0::1</c> finds <c>fe80::1</c>. An invalid
/// address is a 400 that says why, before the handler runs. (Handler parameters of this type must not be named
/// <c>ipAddress</c>, or routing would bind the raw text.)
/// </summary>
internal sealed record RouteIpAddress(string Value)
{
    public const string RouteKey = "ipAddress";

    public static ValueTask<RouteIpAddress?> BindAsync(HttpContext context) =>
        IpAddresses.TryNormalize(context.GetRouteValue(RouteKey) as string, out var ip, out var error)
            ? ValueTask.FromResult<RouteIpAddress?>(new RouteIpAddress(ip))
            : throw new BadHttpRequestException(error);

    public override string ToString() => Value;
}
