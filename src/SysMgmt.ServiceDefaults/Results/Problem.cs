using Microsoft.AspNetCore.Http;

namespace SysMgmt.ServiceDefaults.Results;

/// <summary>An expected failure of a service operation: the HTTP status and a detail a client can act on.</summary>
public sealed record Problem(int Status, string Detail)
{
    public static Problem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
    public static Problem NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);
    public static Problem Conflict(string detail) => new(StatusCodes.Status409Conflict, detail);
}
