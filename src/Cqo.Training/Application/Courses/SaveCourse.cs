using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Cqo.Training.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Training.Application.Courses;

/// <summary>
/// A draft course's terms; dates are calendar days in Asia/Shanghai. Enums are nullable so that a
/// missing one is reported rather than taken as the first member.
/// </summary>
internal sealed record SaveCourseRequest(
    string Title,
    string? Description,
    CourseType? Type,
    CourseTier? Tier,
    CourseDelivery? Delivery,
    string SyllabusVersionCode,
    IReadOnlyList<CourseModuleDto> Modules,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentOpens,
    DateOnly EnrolmentCloses,
    int Capacity,
    DateOnly? ExamDate,
    int PassMark = 60,
    int MinAttendancePercent = 80,
    int MaxAttempts = 2,
    Guid? ProviderId = null,
    Guid? ConcurrencyStamp = null);

internal sealed class SaveCourseValidator : AbstractValidator<SaveCourseRequest>
{
    public SaveCourseValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(TrainingLimits.NameMaxLength);
        RuleFor(x => x.Description).MaximumLength(TrainingLimits.DescriptionMaxLength);
        RuleFor(x => x.Type).NotNull().IsInEnum();
        RuleFor(x => x.Tier).NotNull().IsInEnum();
        RuleFor(x => x.Delivery).NotNull().IsInEnum();
        RuleFor(x => x.SyllabusVersionCode).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Modules).NotEmpty()
            .Must(m => m.All(x => x is not null)).WithMessage(_ => texts["Training:ModuleMissing"])
            .Must(m => m.Select(x => x.ModuleCode?.Trim()).Distinct(StringComparer.Ordinal).Count() == m.Count)
            .WithMessage(_ => texts["Training:ModulesRepeated"]);
        RuleForEach(x => x.Modules).Where(m => m is not null).ChildRules(module =>
        {
            module.RuleFor(m => m.ModuleCode).NotEmpty().MaximumLength(20);
            module.RuleFor(m => m.Hours).GreaterThan(0).LessThanOrEqualTo(TrainingLimits.MaxModuleHours)
                .Must(h => h * 2 == decimal.Truncate(h * 2)).WithMessage(_ => texts["Training:HalfHours"]);
        });
        RuleFor(x => x.StartDate).InclusiveBetween(TrainingLimits.EarliestDate, TrainingLimits.LatestDate);
        RuleFor(x => x.EnrolmentOpens).InclusiveBetween(TrainingLimits.EarliestDate, TrainingLimits.LatestDate);
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).LessThanOrEqualTo(TrainingLimits.LatestDate);
        RuleFor(x => x.EnrolmentCloses).GreaterThanOrEqualTo(x => x.EnrolmentOpens).LessThanOrEqualTo(x => x.StartDate);
        RuleFor(x => x.ExamDate).GreaterThanOrEqualTo(x => x.StartDate).LessThanOrEqualTo(TrainingLimits.LatestDate).When(x => x.ExamDate is not null);
        RuleFor(x => x.Capacity).InclusiveBetween(1, TrainingLimits.MaxCapacity);
        RuleFor(x => x.PassMark).InclusiveBetween(0, 100);
        RuleFor(x => x.MinAttendancePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.MaxAttempts).InclusiveBetween(1, TrainingLimits.MaxAttempts);
    }
}

/// <summary>Drafts a course for a provider and revises it while it is a draft.</summary>
internal sealed class SaveCourseHandler(TrainingDbContext db, TrainingCaller caller, CourseChecks checks, CourseQueries queries)
{
    public async Task<CourseDto> CreateAsync(SaveCourseRequest request, CancellationToken cancellationToken)
    {
        var providerId = caller.ProviderFor(request.ProviderId, "providerId");
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, cancellationToken))
        {
            throw new FieldValidationException("providerId", new ErrorMessage("Training:ProviderNotRegistered"));
        }

        var terms = Terms(request);
        await checks.EnsureSyllabusCoveredAsync(terms, cancellationToken);
        var course = new Course(Guid.CreateVersion7(), providerId, terms);
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(course.Id, cancellationToken);
    }

    public async Task<CourseDto> UpdateAsync(Guid id, SaveCourseRequest request, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Course", id);
        caller.EnsureActsFor(course.ProviderId);
        db.ExpectConcurrencyStamp(course, request.ConcurrencyStamp ?? Guid.Empty);
        var terms = Terms(request);
        course.Revise(terms); // a course past its draft is a 409 before its terms are judged
        await checks.EnsureSyllabusCoveredAsync(terms, cancellationToken);
        checks.EnsureSessionsFit(course);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(course.Id, cancellationToken);
    }

    private static CourseTerms Terms(SaveCourseRequest request) => new(
        request.Title.Trim(),
        request.Description.OrNull(),
        request.Type!.Value,
        request.Tier!.Value,
        request.Delivery!.Value,
        request.SyllabusVersionCode.Trim(),
        [.. request.Modules.Select(m => m with { ModuleCode = m.ModuleCode.Trim() })],
        request.StartDate,
        request.EndDate,
        request.EnrolmentOpens,
        request.EnrolmentCloses,
        request.Capacity,
        request.ExamDate,
        request.PassMark,
        request.MinAttendancePercent,
        request.MaxAttempts);
}
