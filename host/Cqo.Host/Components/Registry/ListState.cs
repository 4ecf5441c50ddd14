using Cqo.SharedKernel.Paging;

namespace Cqo.Host.Components.Registry;

/// <summary>The page and sort of a server-side list, as <see cref="PageRequest"/> wants them.</summary>
public sealed class ListState(string? sort, int pageSize = 20)
{
    public int PageIndex { get; set; }

    public int PageSize { get; } = pageSize;

    /// <summary><c>key</c>, <c>-key</c> (descending) or null (the list's default).</summary>
    public string? Sort { get; set; } = sort;

    public PageRequest Request => new(PageIndex * PageSize, PageSize, Sort);

    public int PageCount(int totalCount) => Math.Max(1, (totalCount + PageSize - 1) / PageSize);
}
