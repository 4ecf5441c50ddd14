using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Accounts;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Application.Users;

internal sealed record ResetPasswordRequest(string NewPassword);

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordValidator() => RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(IdentityLimits.PasswordMaxLength);
}

/// <summary>Locks, unlocks and resets accounts; locking and resetting end every session and token at once.</summary>
internal sealed class UserLockHandler(UserManager<UserAccount> users, UserQueries queries, SecurityLogWriter log, TokenRevoker tokens)
{
    public async Task<UserDto> LockAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindVisibleAsync(id, cancellationToken);
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)).ThrowIfFailed();
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(user.Id, cancellationToken);
        await log.WriteAsync(SecurityAction.AccountLocked, user);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindVisibleAsync(id, cancellationToken);
        (await users.SetLockoutEndDateAsync(user, null)).ThrowIfFailed();
        (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed();
        await log.WriteAsync(SecurityAction.AccountUnlocked, user);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordRequest request, CancellationToken cancellationToken)
    {
        var user = await FindVisibleAsync(id, cancellationToken);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        (await users.ResetPasswordAsync(user, token, request.NewPassword)).ThrowIfFailed("newPassword");
        await tokens.RevokeAllAsync(user.Id, cancellationToken);
        await log.WriteAsync(SecurityAction.PasswordReset, user);
    }

    private async Task<UserAccount> FindVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        await queries.EnsureVisibleAsync(id, cancellationToken);
        return await users.FindByIdAsync(id.ToString()) ?? throw UserQueries.NotFound(id);
    }
}
