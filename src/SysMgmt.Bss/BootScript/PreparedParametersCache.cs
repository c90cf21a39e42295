using System.Runtime.CompilerServices;
using SysMgmt.Bss.BootParameters;

namespace SysMgmt.Bss.BootScript;

/// <summary>
/// Each entry's <see cref="PreparedParameters"/>, computed on first use, so a boot script request only appends
/// the node's own values. Keyed weakly by the immutable entry: a changed entry is a new object, and the old one's
/// preparation goes with it. Image parameters are checked by reference, so a change to them is seen at once.
/// </summary>
internal sealed class PreparedParametersCache(BootDataResolver resolver)
{
    private readonly ConditionalWeakTable<BootEntry, Prepared> _prepared = [];

    public PreparedParameters For(BootEntry entry)
    {
        var kernelParams = resolver.ImageParams(ImageKind.Kernel, entry.Kernel);
        var initrdParams = resolver.ImageParams(ImageKind.Initrd, entry.Initrd);
        if (_prepared.TryGetValue(entry, out var cached)
            && ReferenceEquals(cached.KernelParams, kernelParams) && ReferenceEquals(cached.InitrdParams, initrdParams))
        {
            return cached.Parameters;
        }

        var parameters = KernelParameters.Prepare(entry.Params, kernelParams, initrdParams, entry.Initrd.Length > 0);
        _prepared.AddOrUpdate(entry, new Prepared(kernelParams, initrdParams, parameters));
        return parameters;
    }

    private sealed record Prepared(string KernelParams, string InitrdParams, PreparedParameters Parameters);
}
