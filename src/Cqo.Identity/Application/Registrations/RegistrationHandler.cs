using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.Reference.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Identity.Application.Registrations;

internal sealed record RegisterEnterpriseAdminRequest(
    string UserName, string DisplayName, string? Email, string? PhoneNumber, string Password,
    string EnterpriseName, string Uscc, string DistrictCode);

internal sealed class RegisterEnterpriseAdminValidator : AbstractValidator<RegisterEnterpriseAdminRequest>
{
    public RegisterEnterpriseAdminValidator(IStringLocalizer texts)
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(IdentityLimits.UserNameMaxLength).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(IdentityLimits.DisplayNameMaxLength);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(IdentityLimits.EmailMaxLength).EmailAddress();
        RuleFor(x => x.PhoneNumber).MaximumLength(IdentityLimits.PhoneMaxLength).Matches(@"^[0-9+\- ]*$");
        RuleFor(x => x.Password).NotEmpty().MaximumLength(IdentityLimits.PasswordMaxLength);
        RuleFor(x => x.EnterpriseName).NotEmpty().MaximumLength(IdentityLimits.OrganisationNameMaxLength);
        RuleFor(x => x.DistrictCode).NotEmpty().MaximumLength(IdentityLimits.JurisdictionCodeMaxLength);
        RuleFor(x => x.Uscc).NotEmpty().MaximumLength(64)
            .Must(u => Uscc.Check(Uscc.Normalize(u)) is null)
            .WithMessage(x => texts[$"Identity:Uscc{Uscc.Check(Uscc.Normalize(x.Uscc ?? ""))}"]);
    }
}

/// <summary>
/// An enterprise administrator registers themself and, if new, their enterprise. The account waits
/// until the district regulator of the enterprise, or one of its approved administrators, approves.
/// </summary>
internal sealed class RegistrationHandler(
    UserManager<UserAccount> users, IdentityStoreDbContext store, IdentityDbContext db, IReferenceDataQueries reference, SecurityLogWriter log,
    PermissionGrantCache grants, TimeProvider clock)
{
    public async Task<Guid> RegisterAsync(RegisterEnterpriseAdminRequest request, CancellationToken cancellationToken)
    {
        var uscc = Uscc.Normalize(request.Uscc);
        var district = await reference.FindDistrictAsync(request.DistrictCode.Trim(), cancellationToken)
            ?? throw new FieldValidationException("districtCode", new ErrorMessage("Identity:DistrictUnknown"));
        var now = clock.GetUtcNow();
        // Joining an enterprise another administrator registered: found by its code, whoever asks.
        // A new one is only added to the account store's unit of work, so it is saved together with
        // the account, or not at all when the account is refused (weak password, name taken).
        var organisation = await store.Organisations.FirstOrDefaultAsync(o => o.Uscc == uscc, cancellationToken);
        if (organisation is null)
        {
            organisation = new Organisation(OrganisationIds.FromUscc(uscc), OrganisationKind.Enterprise, request.EnterpriseName.Trim(), uscc, district.Code, district.Code);
            store.Organisations.Add(organisation);
        }
        else if (organisation.Kind != OrganisationKind.Enterprise)
        {
            throw new FieldValidationException("uscc", new ErrorMessage("Identity:UsccNotAnEnterprise"));
        }

        var user = new UserAccount(Guid.CreateVersion7(now), request.UserName.Trim(), request.DisplayName.Trim(), organisation.ScopeForMembers)
        {
            Email = request.Email?.Trim(),
            PhoneNumber = string.IsNullOrWhiteSpace(request.PhoneNumber) ? null : request.PhoneNumber.Trim(),
            Approval = ApprovalStatus.Pending,
        };
        (await users.CreateAsync(user, request.Password)).ThrowIfFailed();
        (await users.AddToRoleAsync(user, StandardRoles.EnterpriseAdmin)).ThrowIfFailed();
        await log.WriteAsync(SecurityAction.Registered, user, $"{organisation.Name} {organisation.Uscc}");
        return user.Id;
    }

    /// <summary>Approves or rejects a pending account the caller can see (their jurisdiction or organisation).</summary>
    public async Task DecideAsync(Guid userId, bool approve, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.Approval == ApprovalStatus.Pending, cancellationToken))
        {
            throw new NotFoundException("Registration", userId);
        }

        var user = (await users.FindByIdAsync(userId.ToString()))!;
        user.Approval = approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        (await users.UpdateAsync(user)).ThrowIfFailed();
        grants.Invalidate();
        await log.WriteAsync(approve ? SecurityAction.RegistrationApproved : SecurityAction.RegistrationRejected, user);
    }
}
