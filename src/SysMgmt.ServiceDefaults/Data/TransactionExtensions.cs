using Microsoft.EntityFrameworkCore;
using SysMgmt.ServiceDefaults.Results;

namespace SysMgmt.ServiceDefaults.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the context's retrying execution strategy: after a
    /// dropped connection (a PostgreSQL restart) the whole unit is replayed, never half of it. The transaction
    /// commits only when the outcome is a value; a problem rolls everything back.
    /// </summary>
    public static Task<Outcome<T>> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<Outcome<T>>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // A replay starts from a clean slate: nothing tracked from the failed attempt.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // A failed statement ends the whole unit here, so EF's savepoint around each SaveChanges (two more round
            // trips each time) would protect nothing.
            db.Database.AutoSavepointsEnabled = false;
            var outcome = await work(ct);
            if (outcome.Problem is null)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }

            return outcome;
        }, cancellationToken);
}
