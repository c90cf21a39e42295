using Microsoft.Extensions.Options;

namespace SysMgmt.Bss.NodeIndex;

/// <summary>
/// The bearer token BSS shows SMD (<c>Bss:Smd:Token</c> or <c>Bss:Smd:TokenFile</c>). Read for every refresh and
/// stream connection, so a rotated token file is picked up without a restart.
/// </summary>
internal sealed class SmdToken(IOptionsMonitor<BssOptions> options)
{
    public string? Read()
    {
        var smd = options.CurrentValue.Smd;
        if (!string.IsNullOrWhiteSpace(smd.TokenFile))
        {
            try
            {
                return File.ReadAllText(smd.TokenFile).Trim();
            }
            catch (IOException exception)
            {
                throw new SmdUnavailableException($"cannot read Bss:Smd:TokenFile '{smd.TokenFile}': {exception.Message}", exception);
            }
        }

        return string.IsNullOrWhiteSpace(smd.Token) ? null : smd.Token.Trim();
    }
}
