namespace SysMgmt.RedfishEmulator.Mockups;

/// <summary>A mockup directory that cannot be served (missing, not tall form, or a file that is not JSON).</summary>
public sealed class MockupException(string message, Exception? innerException = null) : Exception(message, innerException);
