using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Training.Application.Providers;

internal sealed record SaveProviderRequest(
    string Uscc,
    string Name,
    string DistrictCode,
    string? Address,
    string ContactName,
    string ContactPhone,
    string? ContactEmail,
    Guid? ConcurrencyStamp = null);

internal sealed class SaveProviderValidator : AbstractValidator<SaveProviderRequest>
{
    public SaveProviderValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Uscc).NotEmpty().MaximumLength(64)
            .Must(uscc => Uscc.Check(Uscc.Normalize(uscc)) is null).WithMessage(_ => texts["Training:UsccInvalid"]);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TrainingLimits.NameMaxLength);
        RuleFor(x => x.DistrictCode).NotEmpty().Length(6);
        RuleFor(x => x.Address).MaximumLength(TrainingLimits.AddressMaxLength);
        RuleFor(x => x.ContactName).NotEmpty().MaximumLength(TrainingLimits.PersonNameMaxLength);
        RuleFor(x => x.ContactPhone).NotEmpty().MaximumLength(TrainingLimits.PhoneMaxLength);
        RuleFor(x => x.ContactEmail).MaximumLength(TrainingLimits.EmailMaxLength).EmailAddress();
    }
}

/// <summary>
/// Registers a provider under its USCC (pending the municipal regulator's approval) and edits its
/// profile. A provider's own accounts register and edit only their organisation.
/// </summary>
internal sealed class SaveProviderHandler(TrainingDbContext db, IReferenceDataQueries reference, TrainingCaller caller, TimeProvider clock)
{
    public async Task<ProviderDto> RegisterAsync(SaveProviderRequest request, CancellationToken cancellationToken)
    {
        var uscc = Uscc.Normalize(request.Uscc);
        var id = OrganisationIds.FromUscc(uscc);
        caller.EnsureActsFor(id);
        var profile = await ProfileAsync(request, cancellationToken);
        await EnsureNotRegisteredAsync(uscc, cancellationToken);

        var provider = new Provider(id, uscc, profile);
        db.Providers.Add(provider);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            await EnsureNotRegisteredAsync(uscc, cancellationToken); // registered in parallel, after the check above
            throw;
        }

        return provider.ToDto();
    }

    public async Task<ProviderDto> UpdateAsync(Guid id, SaveProviderRequest request, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Provider", id);
        caller.EnsureActsFor(id);
        db.ExpectConcurrencyStamp(provider, request.ConcurrencyStamp ?? Guid.Empty);
        if (Uscc.Normalize(request.Uscc) != provider.Uscc)
        {
            throw new FieldValidationException("uscc", new ErrorMessage("Training:UsccUnchangeable"));
        }

        provider.Update(await ProfileAsync(request, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return provider.ToDto();
    }

    /// <summary>Approve, reject, suspend or reinstate: the municipal regulator's decision, recorded with its comment.</summary>
    public async Task<ProviderDto> ReviewAsync(Guid id, ReviewProviderRequest request, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Provider", id);
        db.ExpectConcurrencyStamp(provider, request.ConcurrencyStamp);
        provider.Review(request.Decision!.Value, request.Comment.OrNull(), caller.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return provider.ToDto();
    }

    private async Task<ProviderProfile> ProfileAsync(SaveProviderRequest request, CancellationToken cancellationToken)
    {
        var district = request.DistrictCode.Trim();
        if (await reference.FindDistrictAsync(district, cancellationToken) is null)
        {
            throw new FieldValidationException("districtCode", new ErrorMessage("Training:UnknownDistrict", district));
        }

        return new ProviderProfile(
            request.Name.Trim(), district, request.Address.OrNull(), request.ContactName.Trim(), request.ContactPhone.Trim(), request.ContactEmail.OrNull());
    }

    private async Task EnsureNotRegisteredAsync(string uscc, CancellationToken cancellationToken)
    {
        if (await db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]).AnyAsync(p => p.Uscc == uscc, cancellationToken))
        {
            throw new ConflictException("training.provider_registered", new ErrorMessage("Training:ProviderRegistered"));
        }
    }
}

internal sealed record ReviewProviderRequest(ProviderStatus? Decision, string? Comment, Guid ConcurrencyStamp);

internal sealed class ReviewProviderValidator : AbstractValidator<ReviewProviderRequest>
{
    public ReviewProviderValidator()
    {
        RuleFor(x => x.Decision).NotNull().IsInEnum().NotEqual(ProviderStatus.Pending);
        RuleFor(x => x.Comment).MaximumLength(TrainingLimits.CommentMaxLength)
            .NotEmpty().When(x => x.Decision is ProviderStatus.Rejected or ProviderStatus.Suspended);
    }
}
