using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.Smd.EthernetInterfaces;

/// <summary>The anchors' wording for the expected failures of the EthernetInterfaces routes.</summary>
internal static class EthernetInterfaceProblems
{
    public static Problem NoSuchInterface(string id) => Problem.NotFound("No such component ethernet interface: " + id);

    public static Problem NoSuchIpAddress(string id, string ip) =>
        Problem.NotFound($"no such IP address in component ethernet interface {id}: {ip}");

    public static Problem DuplicateMac(string mac) => Problem.Conflict(
        $"operation would conflict with an existing component ethernet interface that has the same MAC address ({mac}).");

    public static Problem DuplicateIpAddress(string ip) => Problem.Conflict(
        $"operation would conflict with an existing IP Address on the same ethernet interface ({ip}).");
}
