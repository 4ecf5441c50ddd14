using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Cqo.SharedKernel.Errors;

namespace Cqo.SharedKernel.Paging;

/// <summary>
/// The sort keys a list accepts, each bound to an expression; anything else in <c>sort</c> is a
/// validation error naming the field, so clients never reach unindexed or private columns. Every
/// order ends with the unique key, so pages never repeat or skip rows that tie.
/// </summary>
public sealed class SortMap<T>
{
    private static readonly ConcurrentDictionary<(string Name, Type KeyType), MethodInfo> s_orderingMethods = new();

    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly LambdaExpression _uniqueKey;

    public SortMap(string defaultSort, Expression<Func<T, object>> uniqueKey)
    {
        DefaultSort = defaultSort;
        _uniqueKey = StripBoxing(uniqueKey);
    }

    public string DefaultSort { get; }

    /// <summary>The keys <c>sort</c> accepts.</summary>
    public IReadOnlyCollection<string> Keys => _keys.Keys;

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
                throw new FieldValidationException("sort", new ErrorMessage("Paging:UnknownSortKey", key, string.Join(", ", _keys.Keys)));
            }

            ordered = OrderBy(ordered ?? query, selector, descending, first: ordered is null);
        }

        return OrderBy(ordered!, _uniqueKey, descending: false, first: false);
    }

    /// <summary><c>x => (object)x.Id</c> → <c>x => x.Id</c>, which every provider can order by.</summary>
    private static LambdaExpression StripBoxing(Expression<Func<T, object>> key) =>
        key.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed
            ? Expression.Lambda(boxed.Operand, key.Parameters)
            : key;

    private static IOrderedQueryable<T> OrderBy(IQueryable<T> query, LambdaExpression selector, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(OrderingMethod(method, selector.ReturnType), query.Expression, Expression.Quote(selector));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }

    /// <summary>Looked up by name once per key type: finding and closing the generic method cost more than the rest of a sort.</summary>
    private static MethodInfo OrderingMethod(string name, Type keyType) =>
        s_orderingMethods.GetOrAdd((name, keyType), key => typeof(Queryable).GetMethods()
            .Single(m => m.Name == key.Name && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(T), key.KeyType));
}
