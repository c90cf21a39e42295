using System.Globalization;
using SysMgmt.Discovery.Collection;
using SysMgmt.Discovery.Files;
using SysMgmt.Discovery.Formats;

namespace SysMgmt.Discovery.Output;

/// <summary>
/// Writes each BMC's payload to its own timestamped file, <c>&lt;dir&gt;/&lt;xname&gt;/&lt;unix seconds&gt;.json</c>
/// (magellan's <c>--output-dir</c> layout, but with only that BMC in it), through a temporary file and a rename
/// so that a reader never sees half a file.
/// </summary>
public sealed class PayloadWriter(string directory, DataFormat format, TimeProvider time)
{
    public async Task<string> WriteAsync(BmcPayload payload, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(directory, payload.Id.Value);
        var stamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var path = Path.Combine(folder, stamp + StructuredText.Extension(format));
        await AtomicFile.WriteAllTextAsync(path, StructuredText.Write(payload.ToDocument(), format), cancellationToken);
        return path;
    }
}
