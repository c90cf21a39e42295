namespace SysMgmt.Discovery.Secrets;

/// <summary>How credentials given to <c>secrets store</c> are written (magellan's <c>-F</c>).</summary>
public enum SecretInputFormat
{
    /// <summary><c>username:password</c> (the password may contain colons).</summary>
    Basic,

    /// <summary><c>{"username":"…","password":"…"}</c>.</summary>
    Json,

    /// <summary>That JSON, base64-encoded.</summary>
    Base64,
}
