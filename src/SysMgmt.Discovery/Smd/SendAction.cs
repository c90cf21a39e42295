namespace SysMgmt.Discovery.Smd;

public enum SendAction
{
    None,

    /// <summary>The endpoint is new (POST answered 201).</summary>
    Created,

    /// <summary>The endpoint existed and its inventory was ingested again (POST answered 200).</summary>
    Updated,

    /// <summary>POST conflicted (another endpoint had a MAC or the FQDN); PUT replaced the endpoint.</summary>
    Replaced,
}
