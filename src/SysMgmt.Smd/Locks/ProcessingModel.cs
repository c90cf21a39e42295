namespace SysMgmt.Smd.Locks;

/// <summary>How a lock or reservation request treats components it cannot act on.</summary>
internal enum ProcessingModel
{
    /// <summary>All or nothing: one failure and nothing changes (the default).</summary>
    Rigid,

    /// <summary>Best effort: act on what can be acted on and list the rest as failures.</summary>
    Flexible,
}
