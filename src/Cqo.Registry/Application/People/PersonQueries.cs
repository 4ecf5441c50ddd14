using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.People;

/// <summary>
/// Filters: <c>enterpriseId</c>; <c>search</c>, a name prefix; <c>idNumber</c>, an exact number of
/// <c>idType</c> (found through its keyed hash, never by decrypting); education and title.
/// </summary>
internal sealed record PersonFilter(
    Guid? EnterpriseId = null,
    string? Search = null,
    PersonalIdType? IdType = null,
    string? IdNumber = null,
    Education? Education = null,
    TitleLevel? Title = null);

/// <summary>An exact ID number to look for, optionally within one enterprise.</summary>
internal sealed record FindByIdNumberRequest(PersonalIdType? IdType, string IdNumber, Guid? EnterpriseId);

internal sealed class FindByIdNumberValidator : AbstractValidator<FindByIdNumberRequest>
{
    public FindByIdNumberValidator()
    {
        RuleFor(x => x.IdType).IsInEnum();
        RuleFor(x => x.IdNumber).NotEmpty().MaximumLength(RegistryLimits.IdNumberMaxLength);
    }
}

internal sealed class PersonQueries(RegistryDbContext db, IdNumbers idNumbers)
{
    private static readonly SortMap<Person> s_sort = new SortMap<Person>("name", p => p.Id)
        .Add("name", p => p.Name)
        .Add("education", p => p.Education)
        .Add("qualityYears", p => p.QualityYears)
        .Add("createdAt", p => p.CreatedAt);

    public async Task<PersonDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken))?.ToDto()
        ?? throw new NotFoundException("Person", id);

    public async Task<PagedResult<PersonDto>> ListAsync(PersonFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        if (filter.EnterpriseId is { } enterpriseId)
        {
            people = people.Where(p => p.EnterpriseId == enterpriseId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            people = people.Where(p => p.Name.StartsWith(search));
        }

        if (!string.IsNullOrWhiteSpace(filter.IdNumber))
        {
            var type = filter.IdType ?? PersonalIdType.ResidentId;
            var hash = idNumbers.HashOf(type, PersonalId.Normalize(type, filter.IdNumber));
            people = people.Where(p => p.IdNumberHash == hash);
        }

        if (filter.Education is { } education)
        {
            people = people.Where(p => p.Education == education);
        }

        if (filter.Title is { } title)
        {
            people = people.Where(p => p.Title == title);
        }

        return (await people.ToPageAsync(s_sort, page, cancellationToken)).Map(p => p.ToDto());
    }
}
