namespace Cqo.SharedKernel.Paging;

/// <summary>One page of a list and the size of the whole filtered list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
