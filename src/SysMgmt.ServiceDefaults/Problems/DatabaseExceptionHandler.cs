using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SysMgmt.ServiceDefaults.Problems;

/// <summary>
/// Maps database failures that are not bugs: a unique violation the service did not anticipate is a 409, and an
/// unreachable or restarting PostgreSQL is a 503 that tells the client to retry, never a 500.
/// </summary>
internal sealed partial class DatabaseExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // The constraint's name is the database's business; it goes to the log, not to the client.
            LogUnanticipatedConflict(logger, unique.ConstraintName ?? "(unnamed)");
            return ProblemWriter.WriteAsync(httpContext, problems, exception, StatusCodes.Status409Conflict,
                "the request conflicts with an existing entry");
        }

        if (Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter })
        {
            // PostgreSQL text cannot hold a NUL character; that is the client's input, not a server fault.
            return ProblemWriter.WriteAsync(httpContext, problems, exception, StatusCodes.Status400BadRequest,
                "the request contains a character that cannot be stored (a NUL, \\u0000)");
        }

        if (Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure })
        {
            // Already retried by the execution strategy; the client may simply try again.
            return Unavailable(httpContext, exception, "the request collided with concurrent changes; retry it");
        }

        if (IsUnavailable(exception))
        {
            LogDatabaseUnavailable(logger, exception.Message);
            return Unavailable(httpContext, exception, "the database is unavailable; retry shortly");
        }

        return ValueTask.FromResult(false);
    }

    private ValueTask<bool> Unavailable(HttpContext httpContext, Exception exception, string detail)
    {
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ProblemWriter.WriteAsync(httpContext, problems, exception, StatusCodes.Status503ServiceUnavailable, detail);
    }

    private static bool IsUnavailable(Exception exception) =>
        Find<NpgsqlException>(exception) is { IsTransient: true }
        || Find<PostgresException>(exception) is { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown }
        || exception is RetryLimitExceededException or TimeoutException;

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match)
            {
                return match;
            }
        }

        return null;
    }
}
