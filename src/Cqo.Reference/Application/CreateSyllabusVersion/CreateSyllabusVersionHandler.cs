using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Reference.Application.CreateSyllabusVersion;

internal sealed record CreateSyllabusVersionRequest(
    string Code, string TitleZh, string TitleEn, DateOnly EffectiveFrom, decimal RequiredHours, IReadOnlyList<SyllabusModuleDto> Modules);

internal sealed class CreateSyllabusVersionValidator : AbstractValidator<CreateSyllabusVersionRequest>
{
    public const int MaxModules = 40;

    public CreateSyllabusVersionValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20).Matches("^v[0-9]+[a-z0-9.-]*$").WithMessage(_ => texts["Reference:SyllabusCodeFormat"]);
        RuleFor(x => x.TitleZh).NotEmpty().MaximumLength(ReferenceLimits.NameZhMaxLength);
        RuleFor(x => x.TitleEn).NotEmpty().MaximumLength(ReferenceLimits.NameEnMaxLength);
        RuleFor(x => x.RequiredHours).GreaterThan(0).LessThanOrEqualTo(500)
            // Only over hours the module rule lets through: a huge one would overflow the sum.
            .Must((request, hours) => request.Modules is null || request.Modules.Any(m => m is null || m.Hours is <= 0 or > 100)
                || request.Modules.Where(m => m.Compulsory).Sum(m => m.Hours) <= hours)
            .WithMessage(_ => texts["Reference:SyllabusCompulsoryHours"]);
        RuleFor(x => x.Modules).NotEmpty().Must(m => m.Count <= MaxModules && m.All(x => x is not null))
            .Must(m => m.Select(x => x.Code?.Trim()).Distinct(StringComparer.Ordinal).Count() == m.Count)
            .WithMessage(_ => texts["Reference:SyllabusModulesRepeated"]);
        RuleForEach(x => x.Modules).Where(m => m is not null).ChildRules(module =>
        {
            module.RuleFor(m => m.Code).NotEmpty().MaximumLength(20).Matches("^[A-Z][A-Z0-9]*$").WithMessage(_ => texts["Reference:SyllabusModuleCodeFormat"]);
            module.RuleFor(m => m.NameZh).NotEmpty().MaximumLength(ReferenceLimits.NameZhMaxLength);
            module.RuleFor(m => m.NameEn).NotEmpty().MaximumLength(ReferenceLimits.NameEnMaxLength);
            module.RuleFor(m => m.Hours).GreaterThan(0).LessThanOrEqualTo(100);
        });
    }
}

/// <summary>
/// Adds a syllabus version (the municipal regulator's act). Versions are never rewritten: courses and
/// certificates name the version they followed, so a change is a new version.
/// </summary>
internal sealed class CreateSyllabusVersionHandler(ReferenceDbContext db, TimeProvider clock)
{
    public async Task<SyllabusVersionDto> HandleAsync(CreateSyllabusVersionRequest request, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim();
        if (await db.SyllabusVersions.AnyAsync(v => v.Code == code, cancellationToken))
        {
            throw CodeTaken(code);
        }

        var version = new SyllabusVersion(
            Guid.CreateVersion7(clock.GetUtcNow()), code, request.TitleZh.Trim(), request.TitleEn.Trim(), request.EffectiveFrom, request.RequiredHours);
        foreach (var module in request.Modules)
        {
            version.AddModule(module.Code.Trim(), module.NameZh.Trim(), module.NameEn.Trim(), module.Hours, module.Compulsory);
        }

        db.SyllabusVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw CodeTaken(code); // added in parallel, after the check above
        }

        return version.ToDto();
    }

    private static ConflictException CodeTaken(string code) =>
        new("reference.syllabus_code_taken", new ErrorMessage("Reference:SyllabusCodeTaken", code));
}
