using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Application.Trainers;

/// <summary>A trainer's details; <c>providerId</c> is needed only when a city-wide caller adds one.</summary>
internal sealed record SaveTrainerRequest(
    string Name, string? Title, string? Phone, string? Email, bool Active = true, Guid? ProviderId = null, Guid? ConcurrencyStamp = null);

internal sealed class SaveTrainerValidator : AbstractValidator<SaveTrainerRequest>
{
    public SaveTrainerValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TrainingLimits.PersonNameMaxLength);
        RuleFor(x => x.Title).MaximumLength(TrainingLimits.TextMaxLength);
        RuleFor(x => x.Phone).MaximumLength(TrainingLimits.PhoneMaxLength);
        RuleFor(x => x.Email).MaximumLength(TrainingLimits.EmailMaxLength).EmailAddress();
    }
}

internal sealed class SaveTrainerHandler(TrainingDbContext db, TrainingCaller caller)
{
    public async Task<TrainerDto> AddAsync(SaveTrainerRequest request, CancellationToken cancellationToken)
    {
        var providerId = caller.ProviderFor(request.ProviderId, "providerId");
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken))
        {
            throw new FieldValidationException("providerId", new ErrorMessage("Training:ProviderNotRegistered"));
        }

        var trainer = new Trainer(Guid.CreateVersion7(), providerId, Profile(request));
        db.Trainers.Add(trainer);
        await db.SaveChangesAsync(cancellationToken);
        return trainer.ToDto();
    }

    public async Task<TrainerDto> UpdateAsync(Guid id, SaveTrainerRequest request, CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException("Trainer", id);
        caller.EnsureActsFor(trainer.ProviderId);
        db.ExpectConcurrencyStamp(trainer, request.ConcurrencyStamp ?? Guid.Empty);
        trainer.Update(Profile(request));
        await db.SaveChangesAsync(cancellationToken);
        return trainer.ToDto();
    }

    private static TrainerProfile Profile(SaveTrainerRequest request) =>
        new(request.Name.Trim(), request.Title.OrNull(), request.Phone.OrNull(), request.Email.OrNull(), request.Active);
}
