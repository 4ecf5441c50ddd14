using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Application.Users;

/// <summary>The fields an account is created and edited with.</summary>
internal interface IUserFields
{
    string DisplayName { get; }

    string? Email { get; }

    string? PhoneNumber { get; }

    ScopeInput Scope { get; }
}

internal sealed record CreateUserRequest(
    string UserName, string DisplayName, string? Email, string? PhoneNumber, string Password, ScopeInput Scope, IReadOnlyList<string>? Roles)
    : IUserFields;

internal sealed record UpdateUserRequest(
    string DisplayName, string? Email, string? PhoneNumber, ScopeInput Scope, IReadOnlyList<string>? Roles, string ConcurrencyStamp)
    : IUserFields;

internal abstract class UserFieldsValidator<T> : AbstractValidator<T>
    where T : IUserFields
{
    protected UserFieldsValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(IdentityLimits.DisplayNameMaxLength);
        RuleFor(x => x.Email).MaximumLength(IdentityLimits.EmailMaxLength).EmailAddress();
        RuleFor(x => x.PhoneNumber).MaximumLength(IdentityLimits.PhoneMaxLength).Matches(@"^[0-9+\- ]*$");
        RuleFor(x => x.Scope).NotNull();
        RuleFor(x => x.Scope.Kind).NotNull().IsInEnum().When(x => x.Scope is not null);
        RuleFor(x => x.Scope.JurisdictionCode).MaximumLength(IdentityLimits.JurisdictionCodeMaxLength).When(x => x.Scope is not null);
    }
}

internal sealed class CreateUserValidator : UserFieldsValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(IdentityLimits.UserNameMaxLength).Matches("^[A-Za-z0-9._@-]+$");
        RuleFor(x => x.Password).NotEmpty().MaximumLength(IdentityLimits.PasswordMaxLength);
    }
}

internal sealed class UpdateUserValidator : UserFieldsValidator<UpdateUserRequest>
{
    public UpdateUserValidator() => RuleFor(x => x.ConcurrencyStamp).NotEmpty();
}

/// <summary>Creates and edits accounts within the caller's reach; role changes retire cached grants.</summary>
internal sealed class SaveUserHandler(
    UserManager<UserAccount> users, UserQueries queries, ScopeRules rules, PermissionGrantCache grants, TokenRevoker tokens, TimeProvider clock)
{
    public async Task<UserDto> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken)
    {
        var roles = Distinct(request.Roles);
        rules.CheckRoles(roles, "roles");
        var scope = await rules.CheckPlacementAsync(request.Scope, "scope", cancellationToken);
        var user = new UserAccount(Guid.CreateVersion7(clock.GetUtcNow()), request.UserName.Trim(), request.DisplayName.Trim(), scope)
        {
            Email = Blank(request.Email),
            PhoneNumber = Blank(request.PhoneNumber),
        };
        (await users.CreateAsync(user, request.Password)).ThrowIfFailed();
        (await users.AddToRolesAsync(user, roles)).ThrowIfFailed();
        grants.Invalidate();
        return await queries.GetAsync(user.Id, cancellationToken);
    }

    public async Task<UserDto> UpdateAsync(Guid id, UpdateUserRequest request, CancellationToken cancellationToken)
    {
        await queries.EnsureVisibleAsync(id, cancellationToken);
        var roles = Distinct(request.Roles);
        var user = await users.FindByIdAsync(id.ToString()) ?? throw UserQueries.NotFound(id);
        if (user.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict, new ErrorMessage("Error:ConcurrencyConflictDetail"));
        }

        var current = await users.GetRolesAsync(user);
        rules.CheckRoles(roles.Except(current).Concat(current.Except(roles)), "roles");
        var scope = await rules.CheckPlacementAsync(request.Scope, "scope", cancellationToken);
        var rescoped = scope != new DataScope(user.ScopeKind, user.OrganisationId, user.JurisdictionCode);
        user.DisplayName = request.DisplayName.Trim();
        user.Email = Blank(request.Email);
        user.PhoneNumber = Blank(request.PhoneNumber);
        user.PlaceIn(scope);
        (await users.UpdateAsync(user)).ThrowIfFailed();
        (await users.RemoveFromRolesAsync(user, current.Except(roles))).ThrowIfFailed();
        (await users.AddToRolesAsync(user, roles.Except(current))).ThrowIfFailed();
        grants.Invalidate();
        if (rescoped)
        {
            // Tokens carry the scope: old ones must not keep showing the old organisation's rows.
            await users.UpdateSecurityStampAsync(user);
            await tokens.RevokeAllAsync(user.Id, cancellationToken);
        }

        return await queries.GetAsync(user.Id, cancellationToken);
    }

    private static List<string> Distinct(IReadOnlyList<string>? roles) =>
        (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
