namespace SysMgmt.Smd.Discovery;

internal sealed partial class InventoryIngestionService
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested inventory of {Xname}: {Components} components offered, {Endpoints} component endpoints, {Interfaces} Ethernet interfaces, {Services} services (null: not reported, kept)")]
    private static partial void LogIngested(ILogger logger, string xname, int components, int endpoints, int interfaces, int? services);
}
