using Cqo.Identity.Domain;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Identity;

/// <summary>Accounts that sign in through the real pages, created straight through ASP.NET Core Identity.</summary>
internal static class TestAccounts
{
    public const string Password = "Cookie-jar-2026";

    /// <summary>
    /// A new auditor account with <see cref="Password"/>; with <paramref name="twoFactor"/>, an authenticator
    /// key is set and two-factor sign-in is on, so the password alone leads to the code page.
    /// </summary>
    public static async Task<UserAccount> CreateAsync(CqoApp app, bool twoFactor = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var user = new UserAccount(Guid.NewGuid(), $"acct-{Guid.NewGuid():N}"[..16], "测试账户", new DataScope(ScopeKind.Auditor));
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        if (twoFactor)
        {
            (await users.ResetAuthenticatorKeyAsync(user)).Succeeded.ShouldBeTrue();
            (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
        }

        return user;
    }
}
