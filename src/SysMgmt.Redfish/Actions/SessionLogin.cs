namespace SysMgmt.Redfish.Actions;

/// <summary>The body of <c>POST SessionService/Sessions</c>.</summary>
public sealed record SessionLogin(string UserName, string Password);
