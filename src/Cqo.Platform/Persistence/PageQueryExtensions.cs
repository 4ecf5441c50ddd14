using System.Linq.Expressions;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Persistence;

public static class PageQueryExtensions
{
    /// <summary>
    /// One sorted page of a filtered query, and the size of the whole list. The count runs only when
    /// the page cannot tell it: a page shorter than asked for ends the list, which is the common case
    /// of a lookup by code or name, so it costs one round trip instead of two.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(
        this IQueryable<T> query, SortMap<T> sort, PageRequest page, CancellationToken cancellationToken)
    {
        var items = await sort.Apply(query, page.Sort).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, await TotalAsync(query, page, items.Count, cancellationToken));
    }

    /// <summary>As <see cref="ToPageAsync{T}(IQueryable{T}, SortMap{T}, PageRequest, CancellationToken)"/>, each row projected in SQL.</summary>
    public static async Task<PagedResult<TResult>> ToPageAsync<T, TResult>(
        this IQueryable<T> query, SortMap<T> sort, PageRequest page, Expression<Func<T, TResult>> projection, CancellationToken cancellationToken)
    {
        var items = await sort.Apply(query, page.Sort).Skip(page.Skip).Take(page.Take).Select(projection).ToListAsync(cancellationToken);
        return new PagedResult<TResult>(items, await TotalAsync(query, page, items.Count, cancellationToken));
    }

    /// <summary>An empty page past the first may lie beyond the end: only the count can tell how far.</summary>
    private static async Task<int> TotalAsync<T>(IQueryable<T> query, PageRequest page, int fetched, CancellationToken cancellationToken) =>
        fetched < page.Take && (fetched > 0 || page.Skip == 0)
            ? page.Skip + fetched
            : await query.CountAsync(cancellationToken);
}
