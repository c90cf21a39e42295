namespace SysMgmt.Bss.EndpointHistory;

/// <summary>The endpoints whose last access per node is recorded.</summary>
internal enum EndpointKind
{
    Bootscript,
    UserData,
}

internal static class EndpointKinds
{
    public static string WireName(this EndpointKind kind) => kind == EndpointKind.Bootscript ? "bootscript" : "user-data";

    public static bool TryParse(string value, out EndpointKind kind)
    {
        kind = value switch
        {
            "bootscript" => EndpointKind.Bootscript,
            "user-data" => EndpointKind.UserData,
            _ => (EndpointKind)(-1),
        };
        return kind >= 0;
    }
}
