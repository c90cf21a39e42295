namespace SysMgmt.Discovery.Cache;

/// <summary>The cache file cannot be read (<see cref="Corrupt"/>: it is not a cache) or cannot be written.</summary>
public sealed class DiscoveryCacheException(string message, bool corrupt = false, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The file exists but is not a discovery cache: emptying it (<c>list --clear</c>) fixes it.</summary>
    public bool Corrupt { get; } = corrupt;
}
