using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Providers;

/// <summary>Providers within the caller's scope: a provider sees itself, city-wide scopes all of them.</summary>
internal sealed class ProviderQueries(TrainingDbContext db)
{
    private static readonly SortMap<Provider> s_sort = new SortMap<Provider>("name", p => p.Id)
        .Add("name", p => p.Name)
        .Add("uscc", p => p.Uscc)
        .Add("status", p => p.Status)
        .Add("createdAt", p => p.CreatedAt);

    public async Task<ProviderDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException("Provider", id);

    /// <summary>The provider, or null when none is registered under this id (or it is outside the caller's scope).</summary>
    public async Task<ProviderDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken))?.ToDto();

    public async Task<PagedResult<ProviderDto>> ListAsync(string? search, ProviderStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var providers = db.Providers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            providers = providers.Where(p => p.Name.Contains(term) || p.Uscc == term.ToUpperInvariant());
        }

        if (status is { } wanted)
        {
            providers = providers.Where(p => p.Status == wanted);
        }

        return (await providers.ToPageAsync(s_sort, page, cancellationToken)).Map(p => p.ToDto());
    }
}
