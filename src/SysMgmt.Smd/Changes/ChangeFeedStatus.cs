namespace SysMgmt.Smd.Changes;

/// <summary>The feed's bounds at one moment: the newest sequence number and the oldest one still kept.</summary>
internal readonly record struct ChangeFeedStatus(long Latest, long OldestRetained)
{
    /// <summary>Why a reader positioned after <paramref name="since"/> cannot continue, or null when it can.</summary>
    public string? Gap(long since) =>
        since > Latest
            ? $"sequence {since} is ahead of the newest change ({Latest}): the feed was reset or restored. " +
              "Resync: read the inventory again and follow the feed from LatestSequence."
            : since < OldestRetained - 1
                ? $"the changes after {since} are no longer kept (the oldest kept is {OldestRetained}). " +
                  "Resync: read the inventory again and follow the feed from LatestSequence."
                : null;
}
