using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace SysMgmt.Smd.Querying;

/// <summary>Combines filter predicates on one entity into a single SQL-translatable expression.</summary>
public static class PredicateBuilder
{
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> AnyOf<T>(IEnumerable<Expression<Func<T, bool>>> predicates) =>
        predicates.Aggregate((Expression<Func<T, bool>>?)null, (all, next) => all is null ? next : all.Or(next))
        ?? (_ => false);

    /// <summary><c>values.Contains(column)</c>, with the values sent as one array parameter, not inlined.</summary>
    public static Expression<Func<TEntity, bool>> In<TEntity, TValue>(Expression<Func<TEntity, TValue>> column, IReadOnlyList<TValue> values, bool negate)
    {
        var holder = new ValueHolder<TValue[]>([.. values]);
        var array = Expression.Property(Expression.Constant(holder), nameof(ValueHolder<TValue[]>.Value));
        Expression body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], array, column.Body);
        return Expression.Lambda<Func<TEntity, bool>>(negate ? Expression.Not(body) : body, column.Parameters);
    }

    private static Expression Rebind<T>(Expression<Func<T, bool>> predicate, ParameterExpression parameter) =>
        ReplacingExpressionVisitor.Replace(predicate.Parameters[0], parameter, predicate.Body);

    /// <summary>EF Core turns member access on a captured object into a SQL parameter.</summary>
    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
