using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Registry.Application.Enterprises;

internal sealed record RegisterEnterpriseRequest(
    string Uscc,
    string? UsccOverrideReason,
    string Name,
    string? Address,
    string DistrictCode,
    string? RegulatorUnitCode,
    string IndustryDivisionCode,
    EnterpriseScale? Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    IReadOnlyList<QualityAwardDto>? Awards) : IEnterpriseFields;

internal sealed class RegisterEnterpriseValidator : EnterpriseFieldsValidator<RegisterEnterpriseRequest>
{
    public RegisterEnterpriseValidator(TimeProvider clock, IStringLocalizer texts)
        : base(clock)
    {
        RuleFor(x => x.Uscc).NotEmpty().MaximumLength(64)
            .Must((request, uscc) => UsccRules.IsAcceptable(uscc, request.UsccOverrideReason))
            .WithMessage(x => texts[$"Registry:Uscc{UsccRules.Problem(x.Uscc)}"]);
        RuleFor(x => x.UsccOverrideReason).MaximumLength(RegistryLimits.ReasonMaxLength);
    }
}

/// <summary>
/// Registers an enterprise under its USCC. The code is stored normalized (trimmed, half-width,
/// upper case); a code failing only its check character is accepted from a regulator who records why.
/// </summary>
internal sealed class RegisterEnterpriseHandler(RegistryDbContext db, IReferenceDataQueries reference, RegistryCaller caller)
{
    public async Task<EnterpriseDto> HandleAsync(RegisterEnterpriseRequest request, CancellationToken cancellationToken)
    {
        var uscc = Uscc.Normalize(request.Uscc);
        var overrideReason = Uscc.Check(uscc) is null ? null : request.UsccOverrideReason!.Trim();
        if (overrideReason is not null && !await caller.HoldsAsync(RegistryPermissions.EnterprisesOverrideUscc, cancellationToken))
        {
            throw new FieldValidationException("uscc", new ErrorMessage("Registry:UsccCheckCharacter"));
        }

        var codes = await ReferenceCodes.LoadAsync(reference, cancellationToken);
        var unit = codes.Place(request.DistrictCode.Trim(), request.RegulatorUnitCode, request.IndustryDivisionCode.Trim());
        var id = OrganisationIds.FromUscc(uscc);
        caller.EnsureMayRegister(id, unit);
        await EnsureNotRegisteredAsync(uscc, cancellationToken);

        var enterprise = new Enterprise(id, uscc, overrideReason, request.ToProfile(unit));
        db.Enterprises.Add(enterprise);
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

        return enterprise.ToDto();
    }

    /// <summary>A second registration is a conflict naming the existing enterprise, if the caller may see it.</summary>
    private async Task EnsureNotRegisteredAsync(string uscc, CancellationToken cancellationToken)
    {
        var existing = await db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking()
            .FirstOrDefaultAsync(e => e.Uscc == uscc, cancellationToken);
        if (existing is null)
        {
            return;
        }

        throw caller.Scope.CanSee(existing)
            ? new ConflictException("registry.uscc_registered", new ErrorMessage("Registry:UsccRegisteredAs", existing.Name, existing.Id))
            : new ConflictException("registry.uscc_registered", new ErrorMessage("Registry:UsccRegistered"));
    }
}

internal static class EnterpriseRequestExtensions
{
    public static EnterpriseProfile ToProfile(this IEnterpriseFields request, string regulatorUnitCode) => new(
        request.Name.Trim(),
        request.Address.OrNull(),
        request.DistrictCode.Trim(),
        regulatorUnitCode,
        request.IndustryDivisionCode.Trim(),
        request.Scale!.Value,
        request.AboveDesignatedSize,
        request.Specialised,
        [.. (request.Awards ?? []).Select(a => a with { Name = a.Name.Trim() })]);
}

/// <summary>The USCC rule a raw input breaks, after normalizing it.</summary>
internal static class UsccRules
{
    public static UsccProblem? Problem(string? raw) => Uscc.Check(Uscc.Normalize(raw ?? ""));

    /// <summary>A valid code, or one failing only its check character when an override reason is given (legacy codes).</summary>
    public static bool IsAcceptable(string? raw, string? overrideReason) =>
        Problem(raw) is not { } problem || (problem == UsccProblem.CheckCharacter && !string.IsNullOrWhiteSpace(overrideReason));
}
