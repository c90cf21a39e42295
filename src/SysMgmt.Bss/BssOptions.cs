using SysMgmt.Bss.BootScript;
using SysMgmt.Bss.CloudInit;
using SysMgmt.Bss.EndpointHistory;
using SysMgmt.Bss.NodeIndex;

namespace SysMgmt.Bss;

/// <summary>
/// BSS settings (section <c>Bss</c>). The top level holds what the anchors read from <c>BSS_*</c> environment
/// variables; each feature has its own sub-section.
/// </summary>
public sealed class BssOptions
{
    public const string SectionName = "Bss";

    /// <summary>
    /// Where nodes reach BSS for cloud-init (<c>BSS_ADVERTISE_ADDRESS</c>), e.g. <c>http://10.92.100.81:8888</c>;
    /// scripts carry it as <c>ds=nocloud-net;s=&lt;address&gt;/</c>.
    /// </summary>
    public string AdvertiseAddress { get; set; } = "";

    /// <summary>
    /// The host (and port) that chained script requests go to (<c>BSS_IPXE_SERVER</c>). Empty means the host of
    /// <see cref="AdvertiseAddress"/>; CSM sets <c>api-gw-service-nmn.local</c>.
    /// </summary>
    public string IpxeServer { get; set; } = "";

    /// <summary>
    /// <c>http</c> or <c>https</c> for chained requests (<c>BSS_CHAIN_PROTO</c>). The default is <c>http</c>
    /// because stock iPXE builds cannot do HTTPS; CSM's API gateway uses <c>https</c>.
    /// </summary>
    public string ChainProto { get; set; } = "http";

    /// <summary>Path prefix of the gateway in front of BSS (<c>BSS_GW_URI</c>; CSM: <c>/apis/bss</c>).</summary>
    public string GatewayUri { get; set; } = "";

    /// <summary>Seconds a failed boot waits before asking again (<c>BSS_RETRY_DELAY</c>).</summary>
    public int RetryDelay { get; set; } = 30;

    /// <summary>Seconds an unknown node waits before it asks again with its architecture (<c>BSS_RETRIEVAL_DELAY</c>).</summary>
    public int RetrievalDelay { get; set; } = 10;

    public BootScriptOptions BootScript { get; set; } = new();

    public NodeIndexOptions NodeIndex { get; set; } = new();

    public SmdClientOptions Smd { get; set; } = new();

    public CloudInitOptions CloudInit { get; set; } = new();

    public EndpointHistoryOptions EndpointHistory { get; set; } = new();
}
