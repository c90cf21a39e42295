using System.Text.Json.Serialization;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>A node as <c>/boot/v1/hosts</c> and <c>dumpstate</c> show it: the SMD component plus FQDN, MACs and EndpointEnabled.</summary>
internal sealed record HostInfo
{
    public string ID { get; init; } = "";
    public string? Type { get; init; }
    public string? State { get; init; }
    public string? Flag { get; init; }
    public bool? Enabled { get; init; }
    public string? Role { get; init; }
    public string? SubRole { get; init; }
    public long? NID { get; init; }
    public string? NetType { get; init; }
    public string? Arch { get; init; }
    public string? Class { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string FQDN { get; init; } = "";

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> MAC { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool EndpointEnabled { get; init; }

    public static HostInfo From(NodeRecord node) => new()
    {
        ID = node.Xname,
        Type = node.Type,
        State = node.State,
        Flag = node.Flag,
        Enabled = node.SmdEnabled,
        Role = node.Role,
        SubRole = node.SubRole,
        NID = node.Nid,
        NetType = node.NetType,
        Arch = node.Arch,
        Class = node.Class,
        FQDN = node.Fqdn ?? "",
        MAC = node.Macs,
        EndpointEnabled = node.EndpointEnabled,
    };
}
