using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// <c>POST /boot/v1/hosts</c>: makes the index at least as new as SMD is now. Following SMD's stream, that is
/// waiting until the stream has applied SMD's newest change (no read of every node); otherwise, or when the stream
/// does not catch up within <c>Bss:Smd:Timeout</c>, a full read of SMD.
/// </summary>
internal sealed class NodeIndexCatchUp(NodeDirectory directory, SmdClient smd, IOptions<BssOptions> options)
{
    public async Task<NodeIndexStatus> RefreshAsync(CancellationToken cancellationToken)
    {
        if (directory.Following)
        {
            try
            {
                var latest = await smd.ReadLatestSequenceAsync(cancellationToken);
                if (await directory.WaitForSequenceAsync(latest, options.Value.Smd.Timeout, cancellationToken))
                {
                    return directory.Status with { LastError = null };
                }
            }
            catch (SmdUnavailableException)
            {
                // The full read below reports whether SMD can be read at all.
            }
        }

        return await directory.RefreshAsync(cancellationToken);
    }
}
