namespace SysMgmt.ServiceDefaults.Authentication;

/// <summary>The two levels of access a token grants; <see cref="Write"/> includes <see cref="Read"/>.</summary>
internal enum ScopeAccess
{
    Read,
    Write,
}
