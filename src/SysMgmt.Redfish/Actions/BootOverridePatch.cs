namespace SysMgmt.Redfish.Actions;

/// <summary>The PATCH body that sets a boot override: <c>{"Boot": {…}}</c>.</summary>
public sealed record BootOverridePatch(BootOverride Boot);
