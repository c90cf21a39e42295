namespace SysMgmt.Redfish.Models;

/// <summary>One parameter of an <see cref="ActionInfo"/>.</summary>
public sealed record ActionParameter
{
    public string? Name { get; init; }

    public bool? Required { get; init; }

    public string? DataType { get; init; }

    public IReadOnlyList<string>? AllowableValues { get; init; }
}
