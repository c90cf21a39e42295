using System.Net;
using System.Net.Sockets;
using SysMgmt.Core.Xnames;

namespace SysMgmt.Discovery.Naming;

/// <summary>
/// The xname a BMC gets from its IPv4 address when no <c>--bmc-id-map</c> names it: the same address always gives
/// the same xname. The low 25 bits of the address are spread over the xname's fields so that default NIDs stay
/// distinct: <c>cabinet = bits 12–24, chassis = bits 9–11, slot = bits 3–8, bmc = bits 0–2</c>. Within a cabinet
/// that is SMD's own NID layout (<c>chassis·2048 + slot·32 + bmc·4 + node</c>), so two BMCs never share a NID.
/// </summary>
/// <remarks>
/// magellan uses <c>cabinet = ip&gt;&gt;19, chassis = ip&gt;&gt;16 &amp; 7, slot = ip&gt;&gt;24, bmc = ip &amp; 255</c>:
/// the third octet is lost (10.0.1.5 and 10.0.2.5 get the same xname) and bmc numbers up to 255 overlap in NIDs.
/// An enclosure controller (no Systems, as a Cray EX CMM) is a ChassisBMC <c>x…c…b0</c>, which has one per chassis:
/// it takes <c>cabinet = bits 3–15, chassis = bits 0–2</c>, so that controllers within a /16 never share one. BMCs
/// from networks that differ only above those bits can clash; a collection run reports a clash instead of sending
/// the second BMC over the first, and <c>--bmc-id-map</c> resolves it.
/// </remarks>
public static class GeneratedXnames
{
    public static bool TryGenerate(string host, bool chassisController, out Xname xname, out string error)
    {
        xname = default;
        if (!IPAddress.TryParse(host, out var address) || address.AddressFamily != AddressFamily.InterNetwork)
        {
            error = $"cannot generate an xname for {host}: only IPv4 addresses have one; name it in --bmc-id-map";
            return false;
        }

        var bytes = address.GetAddressBytes();
        var ip = (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
        xname = Xname.Parse(chassisController
            ? $"x{(ip >> 3) & 0x1FFF}c{ip & 0x7}b0"
            : $"x{(ip >> 12) & 0x1FFF}c{(ip >> 9) & 0x7}s{(ip >> 3) & 0x3F}b{ip & 0x7}");
        error = "";
        return true;
    }
}
