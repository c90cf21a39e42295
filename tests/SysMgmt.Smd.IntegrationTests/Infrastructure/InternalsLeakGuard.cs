using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SysMgmt.Smd.IntegrationTests.Infrastructure;

/// <summary>
/// Wraps every test SMD's pipeline: an error response (4xx or 5xx) whose body mentions database internals
/// (<see cref="DatabaseInternals"/>) throws instead of reaching the client, and the in-memory test server hands the
/// exception to the test's HTTP call. So every problem response of the whole integration suite is checked, whatever
/// the test itself asserts.
/// </summary>
internal sealed class InternalsLeakGuard(string connectionString) : IStartupFilter
{
    private string[]? _objectNames;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(CheckAsync);
        next(app);
    };

    private async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        // gRPC streams cannot be buffered whole, and their errors are statuses in trailers, never problem bodies.
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            var body = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            if (DatabaseInternals.FindIn(body, await ObjectNamesAsync(context.RequestAborted)) is { } leak)
            {
                throw new InvalidOperationException(
                    $"{context.Request.Method} {context.Request.Path} answered {context.Response.StatusCode} with database internals ('{leak}'): {body}");
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Read once the database answers; while it does not (restart tests), only the fixed markers are checked.</summary>
    private async Task<string[]> ObjectNamesAsync(CancellationToken cancellationToken)
    {
        if (_objectNames is null)
        {
            try
            {
                _objectNames = await DatabaseInternals.ObjectNamesAsync(connectionString, cancellationToken);
            }
            catch (Npgsql.NpgsqlException)
            {
                return [];
            }
        }

        return _objectNames;
    }
}
