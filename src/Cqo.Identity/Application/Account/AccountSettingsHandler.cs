using System.Globalization;
using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Identity;

namespace Cqo.Identity.Application.Account;

/// <summary>What a signed-in user changes about their own account: password and two-factor sign-in.</summary>
internal sealed class AccountSettingsHandler(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, SecurityLogWriter log)
{
    /// <summary>The language the account's mails and reminders use: the one its UI was last switched to.</summary>
    public async Task RememberCultureAsync(Guid userId, string culture)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user && user.PreferredCulture != culture)
        {
            user.PreferredCulture = culture;
            (await users.UpdateAsync(user)).ThrowIfFailed();
        }
    }

    public async Task ChangePasswordAsync(UserAccount user, string currentPassword, string newPassword)
    {
        (await users.ChangePasswordAsync(user, currentPassword, newPassword)).ThrowIfFailed("newPassword");
        await signIn.RefreshSignInAsync(user);
        await log.WriteAsync(SecurityAction.PasswordChanged, user);
    }

    /// <summary>The authenticator key and its otpauth URI (for a QR code), created on first use.</summary>
    public async Task<(string Key, string Uri)> AuthenticatorAsync(UserAccount user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var issuer = Uri.EscapeDataString("CQO Platform");
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits=6");
        return (key, uri);
    }

    public async Task EnableTwoFactorAsync(UserAccount user, string code)
    {
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", "", StringComparison.Ordinal));
        if (!valid)
        {
            throw new FieldValidationException("code", new ErrorMessage("Identity:TwoFactorCodeInvalid"));
        }

        (await users.SetTwoFactorEnabledAsync(user, true)).ThrowIfFailed();
        await log.WriteAsync(SecurityAction.TwoFactorEnabled, user);
    }

    public async Task DisableTwoFactorAsync(UserAccount user)
    {
        (await users.SetTwoFactorEnabledAsync(user, false)).ThrowIfFailed();
        await users.ResetAuthenticatorKeyAsync(user);
        await log.WriteAsync(SecurityAction.TwoFactorDisabled, user);
    }
}
