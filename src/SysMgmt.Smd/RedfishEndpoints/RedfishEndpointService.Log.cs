namespace SysMgmt.Smd.RedfishEndpoints;

internal sealed partial class RedfishEndpointService
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Redfish endpoint {Xname} {Action}")]
    private static partial void LogStored(ILogger logger, string xname, string action);
}
