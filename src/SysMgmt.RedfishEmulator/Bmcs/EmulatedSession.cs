namespace SysMgmt.RedfishEmulator.Bmcs;

/// <summary>A Redfish session created by <c>POST SessionService/Sessions</c>.</summary>
public sealed record EmulatedSession(string Id, string Token, string Username, DateTimeOffset Created);
