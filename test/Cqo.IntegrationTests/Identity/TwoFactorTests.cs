using System.Net;
using System.Security.Cryptography;
using Cqo.Identity.Application.Account;
using Cqo.Identity.Domain;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class TwoFactorTests(CqoApp app)
{
    [Fact]
    public async Task With_an_authenticator_enabled_the_password_alone_does_not_sign_in_the_code_does()
    {
        const string password = "Two-factor-2026";
        var userName = $"totp-{Guid.NewGuid():N}"[..16];
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = new UserAccount(Guid.NewGuid(), userName, "两步验证", new DataScope(ScopeKind.Auditor));
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            var settings = scope.ServiceProvider.GetRequiredService<AccountSettingsHandler>();
            (key, var uri) = await settings.AuthenticatorAsync(user);
            uri.ShouldStartWith("otpauth://totp/");
            await Should.ThrowAsync<SharedKernel.Errors.FieldValidationException>(() => settings.EnableTwoFactorAsync(user, "000000"));
            await settings.EnableTwoFactorAsync(user, Totp(key));
        }

        var browser = new BrowserSession(app);
        var afterPassword = await browser.SignInAsync(userName, password);
        afterPassword.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterPassword.Headers.Location!.AbsolutePath.ShouldBe("/account/login-2fa");
        (await browser.Client.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await browser.SubmitCodeAsync(afterPassword.Headers.Location, "123456")).StatusCode.ShouldBe(HttpStatusCode.OK, "a wrong code is refused");
        var signedIn = await browser.SubmitCodeAsync(afterPassword.Headers.Location, Totp(key));

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.AbsolutePath.ShouldBe("/");
    }

    /// <summary>
    /// RFC 6238 with the authenticator defaults: SHA-1, 30-second steps, six digits. ASP.NET Core
    /// Identity checks codes against the system clock, not TimeProvider, so the phone's is used here.
    /// </summary>
    private static string Totp(string base32Key)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').ToUpperInvariant().Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
