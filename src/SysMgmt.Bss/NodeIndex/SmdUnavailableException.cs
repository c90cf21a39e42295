namespace SysMgmt.Bss.NodeIndex;

/// <summary>SMD could not be read: unreachable, too slow, or an error answer. The message says which.</summary>
internal sealed class SmdUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
