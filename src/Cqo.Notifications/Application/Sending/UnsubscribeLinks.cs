using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Sending;

/// <summary>
/// One-click unsubscribe links: the token names the account and the rule, protected with the
/// platform's data-protection keys (shared by every host), so it cannot be forged or altered and
/// needs no sign-in.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<NotificationsOptions> options)
{
    /// <summary>The page a person opens from the mail's footer: it asks before unsubscribing.</summary>
    public const string PagePath = "/unsubscribe";

    /// <summary>The address of the List-Unsubscribe header: one POST unsubscribes (RFC 8058).</summary>
    public const string OneClickPath = "/api/public/notifications/unsubscribe";

    private readonly IDataProtector _protector = protection.CreateProtector("Cqo.Notifications.Unsubscribe.v1");

    /// <summary>The page's and the one-click address for an account and a rule, sharing one token.</summary>
    public (string Page, string OneClick) LinksFor(Guid userId, Guid ruleId)
    {
        var query = $"?token={TokenFor(userId, ruleId)}";
        var site = options.Value.BaseUrl.TrimEnd('/');
        return (site + PagePath + query, site + OneClickPath + query);
    }

    public string TokenFor(Guid userId, Guid ruleId) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.ASCII.GetBytes($"{userId:N}.{ruleId:N}")));

    /// <summary>The account and rule a token names, or null for a token that was not issued here.</summary>
    public (Guid UserId, Guid RuleId)? Read(string? token)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? ""))).Split('.');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var user) && Guid.TryParseExact(parts[1], "N", out var rule)
                ? (user, rule)
                : null;
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
