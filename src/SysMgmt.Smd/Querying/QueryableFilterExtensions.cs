using System.Linq.Expressions;

namespace SysMgmt.Smd.Querying;

public static class QueryableFilterExtensions
{
    /// <summary>Applies one filter parameter to a column: <c>col IN (include) AND col NOT IN (exclude)</c>.</summary>
    public static IQueryable<TEntity> Matching<TEntity, T>(this IQueryable<TEntity> rows, ValueCondition<T> condition, Expression<Func<TEntity, T>> column)
    {
        if (condition.Include.Count > 0)
        {
            rows = rows.Where(PredicateBuilder.In(column, condition.Include, negate: false));
        }

        if (condition.Exclude.Count > 0)
        {
            rows = rows.Where(PredicateBuilder.In(column, condition.Exclude, negate: true));
        }

        return rows;
    }
}
