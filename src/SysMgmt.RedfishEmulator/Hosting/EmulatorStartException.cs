namespace SysMgmt.RedfishEmulator.Hosting;

/// <summary>The emulator cannot start: invalid options, an unreadable mockup, or an address it cannot listen on.</summary>
public sealed class EmulatorStartException(string message, Exception? innerException = null) : Exception(message, innerException);
