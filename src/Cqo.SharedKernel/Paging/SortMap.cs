using System.Linq.Expressions;
using Cqo.SharedKernel.Errors;

namespace Cqo.SharedKernel.Paging;

/// <summary>
/// The sort keys a list accepts, each bound to an expression; anything else in <c>sort</c> is a
/// validation error naming the field, so clients never reach unindexed or private columns.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.OrdinalIgnoreCase);

    public SortMap(string defaultSort) => DefaultSort = defaultSort;

    public string DefaultSort { get; }

    public IEnumerable<string> Keys => _keys.Keys;

    public SortMap<T> Add<TKey>(string key, Expression<Func<T, TKey>> selector)
    {
        _keys.Add(key, selector);
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? sort)
    {
        var terms = (sort ?? DefaultSort).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0)
        {
            terms = DefaultSort.Split(',', StringSplitOptions.TrimEntries);
        }

        IOrderedQueryable<T>? ordered = null;
        foreach (var term in terms)
        {
            var descending = term.StartsWith('-');
            var key = descending ? term[1..] : term;
            if (!_keys.TryGetValue(key, out var selector))
            {
                throw new FieldValidationException("sort", $"'sort' accepts only: {string.Join(", ", _keys.Keys)}; '{key}' is not one of them.");
            }

            ordered = OrderBy(ordered ?? query, selector, descending, first: ordered is null);
        }

        return ordered!;
    }

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> query, LambdaExpression selector, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(
            typeof(Queryable),
            method,
            [typeof(T), selector.ReturnType],
            query.Expression,
            Expression.Quote(selector));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }
}
