using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Components;

/// <summary>A parsed, validated and normalised component filter; every condition is ANDed.</summary>
internal sealed record ComponentFilter
{
    public static readonly ComponentFilter Everything = new();

    public ValueCondition<string> Ids { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Types { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> States { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Flags { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Roles { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> SubRoles { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> SoftwareStatuses { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Subtypes { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Arches { get; init; } = ValueCondition<string>.None;
    public ValueCondition<string> Classes { get; init; } = ValueCondition<string>.None;
    public ValueCondition<bool> Enabled { get; init; } = ValueCondition<bool>.None;
    public ValueCondition<bool> Locked { get; init; } = ValueCondition<bool>.None;
    public ValueCondition<bool> ReservationDisabled { get; init; } = ValueCondition<bool>.None;
    public NidCondition Nids { get; init; } = NidCondition.None;
    public MembershipCondition Groups { get; init; } = MembershipCondition.None;
    public MembershipCondition Partitions { get; init; } = MembershipCondition.None;
    public FieldSelector Selector { get; init; } = FieldSelector.All;
}
