using SysMgmt.Smd.Components;
using SysMgmt.Smd.Querying;

namespace SysMgmt.Smd.Locks;

/// <summary>
/// The components a lock or reservation request is about: the component filter (its IDs included), whether they must
/// hold a reservation, and the IDs the request named (those that match nothing are reported as <c>NotFound</c>).
/// </summary>
internal sealed record LockSelection(ComponentFilter Filter, ValueCondition<bool> Reserved, IReadOnlyList<string> RequestedIds, ProcessingModel Model);
