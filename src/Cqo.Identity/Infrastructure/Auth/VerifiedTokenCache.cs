using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Options;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>
/// The claims of access tokens this host verified and found current, by the exact token string and
/// the issuer it was verified for, for <see cref="CqoIdentityOptions.TokenCheckCacheSeconds"/>. The
/// same string always reads as the same claims, so verifying it again (an RSA operation, JSON and
/// date parsing on every API request) only repeated the first answer. Expiry, audience and the store
/// entry are still checked on every request. Only strings that verified are kept, under a hash, so
/// garbage cannot fill the cache; a signing key retired from the configuration is still honoured for
/// tokens verified under it within the interval.
/// </summary>
internal sealed class VerifiedTokenCache(IMemoryCache cache, IOptions<CqoIdentityOptions> options)
{
    /// <summary>A new principal each time: later handlers add claims to the one they are given.</summary>
    public ClaimsPrincipal? Find(string issuer, string token) =>
        cache.TryGetValue(Key(issuer, token), out Snapshot? snapshot) ? snapshot!.ToPrincipal() : null;

    public void Remember(string issuer, string token, ClaimsPrincipal principal)
    {
        if (options.Value.TokenCheckCacheSeconds > 0 && principal.Identity is ClaimsIdentity identity)
        {
            cache.Set(Key(issuer, token), Snapshot.Of(identity), TimeSpan.FromSeconds(options.Value.TokenCheckCacheSeconds));
        }
    }

    private static string Key(string issuer, string token) =>
        "cqo:token-verified:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(issuer + "\n" + token)));

    /// <summary>
    /// The claims as plain values. A cloned identity would not do: identities read from a token share
    /// their claim list with their clones, and concurrent requests enumerating and extending it failed.
    /// </summary>
    private sealed record Snapshot(string? AuthenticationType, string NameType, string RoleType, Claim[] Claims)
    {
        public static Snapshot Of(ClaimsIdentity identity) => new(
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType,
            [.. identity.Claims.Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer))]);

        /// <summary>The same identity type as a verified token gives (claim types compared case-sensitively).</summary>
        public ClaimsPrincipal ToPrincipal() => new(new CaseSensitiveClaimsIdentity(
            Claims.Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer, c.OriginalIssuer)), AuthenticationType, NameType, RoleType));
    }
}
