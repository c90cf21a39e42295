namespace SysMgmt.Smd.EthernetInterfaces;

internal sealed partial class EthernetInterfaceWriteService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created ethernet interface {Mac} of '{ComponentId}' with {IpCount} IP addresses")]
    private static partial void LogCreated(ILogger logger, string mac, string componentId, int ipCount);
}
