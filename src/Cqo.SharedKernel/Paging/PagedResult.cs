namespace Cqo.SharedKernel.Paging;

/// <summary>One page of a list and the size of the whole filtered list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount)
{
    /// <summary>The same page, each item mapped (entities to their DTOs).</summary>
    public PagedResult<TResult> Map<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], TotalCount);
}
