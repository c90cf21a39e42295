namespace SysMgmt.Testing.Network;

/// <summary>What a <see cref="RecordingListeners"/> listener does with a connection it accepts.</summary>
public enum ListenerBehavior
{
    /// <summary>Keeps it open and never answers: a service that hangs.</summary>
    Hang,

    /// <summary>Writes a greeting line that is not HTTP (an SSH banner) and keeps it open.</summary>
    Banner,
}
