using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Application.Account;

internal enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    LockedOut,
    NotAllowed,
    Failed,
}

/// <summary>Password and authenticator-code sign-in, each attempt written to the security log.</summary>
internal sealed class SignInHandler(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, SecurityLogWriter log)
{
    public async Task<SignInOutcome> PasswordAsync(string userName, string password, bool remember)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            await log.WriteAsync(SecurityAction.SignInFailed, null, "unknown user", userName.Trim());
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return await RecordAsync(result, user, SecurityAction.SignInFailed, wasLocked);
    }

    public async Task<SignInOutcome> TwoFactorAsync(string code, bool remember)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", "", StringComparison.Ordinal), remember, rememberClient: false);
        return await RecordAsync(result, user, SecurityAction.TwoFactorFailed, wasLocked);
    }

    public async Task SignOutAsync(UserAccount? user)
    {
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await log.WriteAsync(SecurityAction.SignedOut, user);
        }
    }

    private async Task<SignInOutcome> RecordAsync(SignInResult result, UserAccount user, SecurityAction failure, bool wasLocked)
    {
        if (result.Succeeded)
        {
            await log.WriteAsync(SecurityAction.SignInSucceeded, user);
            return SignInOutcome.Succeeded;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.RequiresTwoFactor;
        }

        if (result.IsLockedOut)
        {
            // The attempt that locks the account is a failure too; later ones are refused unchecked.
            if (!wasLocked)
            {
                await log.WriteAsync(failure, user, $"failed attempts: {users.Options.Lockout.MaxFailedAccessAttempts}");
            }

            await log.WriteAsync(SecurityAction.LockedOut, user, wasLocked ? "attempt while locked" : "locked after repeated failures");
            return SignInOutcome.LockedOut;
        }

        if (result.IsNotAllowed)
        {
            await log.WriteAsync(SecurityAction.SignInRefused, user, user.Approval.ToString());
            return SignInOutcome.NotAllowed;
        }

        await log.WriteAsync(failure, user, $"failed attempts: {await users.GetAccessFailedCountAsync(user)}");
        return SignInOutcome.Failed;
    }
}
