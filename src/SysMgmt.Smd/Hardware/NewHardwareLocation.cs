using SysMgmt.Core.Xnames;

namespace SysMgmt.Smd.Hardware;

/// <summary>
/// A validated location of a POST body. <see cref="LocationInfo"/> is canonical JSON; <see cref="FruId"/> is
/// null for an empty location.
/// </summary>
internal sealed record NewHardwareLocation(Xname Id, HardwareKind Kind, int Ordinal, string ParentNode, string LocationInfo, string? FruId);
