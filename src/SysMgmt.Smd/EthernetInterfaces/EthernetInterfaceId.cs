namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>
/// The <c>{id}</c> of an interface route: the 12 hex digits in any case, or the MAC in any form
/// <see cref="EthernetInterfaceValidator.TryParseId"/> accepts. Anything else is a 400 that says why, before the
/// handler runs. (Handler parameters of this type must not be named <c>id</c>, or routing would bind the raw text.)
/// </summary>
internal sealed record EthernetInterfaceId(string Value)
{
    public const string RouteKey = "id";

    public static ValueTask<EthernetInterfaceId?> BindAsync(HttpContext context) =>
        EthernetInterfaceValidator.TryParseId(context.GetRouteValue(RouteKey) as string, out var id, out var error)
            ? ValueTask.FromResult<EthernetInterfaceId?>(new EthernetInterfaceId(id))
            : throw new BadHttpRequestException(error);

    public override string ToString() => Value;
}
