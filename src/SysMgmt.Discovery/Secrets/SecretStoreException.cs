namespace SysMgmt.Discovery.Secrets;

/// <summary>
/// Why the secrets store cannot do what was asked: no or a malformed <c>MASTER_KEY</c>, an entry that does not
/// decrypt, a file that is not a secrets file. The message is for the user and never holds a secret.
/// </summary>
public sealed class SecretStoreException(string message, Exception? innerException = null) : Exception(message, innerException);
