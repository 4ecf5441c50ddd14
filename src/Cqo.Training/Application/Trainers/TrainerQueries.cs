using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Trainers;

/// <summary>Trainers within the caller's scope: a provider sees its own, city-wide scopes all.</summary>
internal sealed class TrainerQueries(TrainingDbContext db)
{
    private static readonly SortMap<Trainer> s_sort = new SortMap<Trainer>("name", t => t.Id)
        .Add("name", t => t.Name);

    public async Task<TrainerDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Trainers.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("Trainer", id);

    public async Task<PagedResult<TrainerDto>> ListAsync(Guid? providerId, string? search, bool? active, PageRequest page, CancellationToken cancellationToken)
    {
        var trainers = db.Trainers.AsNoTracking();
        if (providerId is { } provider)
        {
            trainers = trainers.Where(t => t.ProviderId == provider);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            trainers = trainers.Where(t => t.Name.Contains(term));
        }

        if (active is { } isActive)
        {
            trainers = trainers.Where(t => t.Active == isActive);
        }

        return (await trainers.ToPageAsync(s_sort, page, cancellationToken)).Map(t => t.ToDto());
    }
}
