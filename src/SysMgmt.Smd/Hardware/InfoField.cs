namespace SysMgmt.Smd.Hardware;

/// <summary>
/// One field of a LocationInfo/FRUInfo object, as the anchors' Go struct declares it. <see cref="OmitEmpty"/>
/// fields (Go <c>omitempty</c>) are left out when absent instead of being written with their default.
/// </summary>
internal sealed record InfoField(string Name, InfoFieldKind Kind, bool OmitEmpty, InfoShape? Shape = null);
