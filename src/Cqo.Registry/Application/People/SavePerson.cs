using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.People;

/// <summary><see cref="EnterpriseId"/> may be left out by an enterprise's own accounts.</summary>
internal sealed record CreatePersonRequest(
    Guid? EnterpriseId,
    string Name,
    PersonalIdType? IdType,
    string? IdNumber,
    Education? Education,
    string? Major,
    TitleLevel? Title,
    TitleLevel? QualityEngineerLevel,
    int QualityYears,
    string? Phone,
    string? Email,
    DateOnly? BirthDate,
    Gender? Gender) : IPersonFields;

internal sealed class CreatePersonValidator : PersonFieldsValidator<CreatePersonRequest>
{
    public CreatePersonValidator(IStringLocalizer texts, TimeProvider clock)
        : base(texts, clock) =>
        RuleFor(x => x.IdNumber).NotEmpty();
}

/// <summary>A corrected ID number is checked and re-protected like a new one; an empty one keeps the recorded number.</summary>
internal sealed record UpdatePersonRequest(
    string Name,
    PersonalIdType? IdType,
    string? IdNumber,
    Education? Education,
    string? Major,
    TitleLevel? Title,
    TitleLevel? QualityEngineerLevel,
    int QualityYears,
    string? Phone,
    string? Email,
    DateOnly? BirthDate,
    Gender? Gender,
    Guid ConcurrencyStamp) : IPersonFields;

internal sealed class UpdatePersonValidator : PersonFieldsValidator<UpdatePersonRequest>
{
    public UpdatePersonValidator(IStringLocalizer texts, TimeProvider clock)
        : base(texts, clock) =>
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
}

/// <summary>
/// Records and edits people of an enterprise the caller sees. One person per document per
/// enterprise: the keyed hash of the ID number finds a second record of the same person.
/// </summary>
internal sealed class SavePersonHandler(RegistryDbContext db, IdNumbers idNumbers, RegistryCaller caller, TimeProvider clock)
{
    public async Task<PersonDto> CreateAsync(CreatePersonRequest request, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.ForNewRecordAsync(request.EnterpriseId, caller.Scope, cancellationToken);
        var enterpriseId = enterprise.Id;
        if (enterprise.Status == EnterpriseStatus.Deregistered)
        {
            throw new ConflictException("registry.enterprise_deregistered", new ErrorMessage("Registry:EnterpriseDeregistered", enterprise.Name));
        }

        var idNumber = idNumbers.Protect(request.IdType!.Value, request.IdNumber!);
        await EnsureUniqueAsync(enterpriseId, idNumber.Hash, null, cancellationToken);
        var person = new Person(Guid.CreateVersion7(clock.GetUtcNow()), enterpriseId, enterprise.JurisdictionCode!, idNumber, request.ToProfile());
        db.People.Add(person);
        await SaveAsync(enterpriseId, idNumber.Hash, cancellationToken);
        return person.ToDto();
    }

    public async Task<PersonDto> UpdateAsync(Guid id, UpdatePersonRequest request, CancellationToken cancellationToken)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Person", id);
        db.ExpectConcurrencyStamp(person, request.ConcurrencyStamp);
        if (!string.IsNullOrWhiteSpace(request.IdNumber))
        {
            var idNumber = idNumbers.Protect(request.IdType!.Value, request.IdNumber);
            if (idNumber.Hash != person.IdNumberHash)
            {
                await EnsureUniqueAsync(person.EnterpriseId, idNumber.Hash, id, cancellationToken);
                person.SetIdNumber(idNumber);
            }
        }

        person.Update(request.ToProfile());
        await SaveAsync(person.EnterpriseId, person.IdNumberHash, cancellationToken);
        return person.ToDto();
    }

    private async Task SaveAsync(Guid enterpriseId, string hash, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            await EnsureUniqueAsync(enterpriseId, hash, null, cancellationToken); // recorded in parallel
            throw;
        }
    }

    private async Task EnsureUniqueAsync(Guid enterpriseId, string hash, Guid? except, CancellationToken cancellationToken)
    {
        var existing = await db.People.AsNoTracking()
            .Where(p => p.EnterpriseId == enterpriseId && p.IdNumberHash == hash && p.Id != except)
            .Select(p => new { p.Id, p.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new ConflictException("registry.person_exists", new ErrorMessage("Registry:PersonExists", existing.Name, existing.Id));
        }
    }
}

internal static class PersonRequestExtensions
{
    public static PersonProfile ToProfile(this IPersonFields request) => new(
        request.Name.Trim(),
        request.Education!.Value,
        request.Major.OrNull(),
        request.Title ?? TitleLevel.None,
        request.QualityEngineerLevel ?? TitleLevel.None,
        request.QualityYears,
        request.Phone.OrNull(),
        request.Email.OrNull(),
        request.BirthDate,
        request.Gender);
}
