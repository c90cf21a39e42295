namespace SysMgmt.Smd.Groups;

internal sealed partial class GroupWriteService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Kind} {Name} with {MemberCount} members")]
    private static partial void LogCreated(ILogger logger, string kind, string name, int memberCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated {Kind} {Name}")]
    private static partial void LogUpdated(ILogger logger, string kind, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Kind} {Name}")]
    private static partial void LogDeleted(ILogger logger, string kind, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Members of {Kind} {Name}: {Added} added, {Removed} removed")]
    private static partial void LogMembersChanged(ILogger logger, string kind, string name, int added, int removed);
}
