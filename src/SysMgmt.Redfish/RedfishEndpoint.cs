namespace SysMgmt.Redfish;

/// <summary>A BMC to talk to: its base URL (<c>https://10.254.1.23</c>) and the account to use.</summary>
public sealed record RedfishEndpoint(Uri BaseUri, RedfishCredentials Credentials);
