using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>
/// The claims of access tokens whose signature this host verified, by the exact token string, for
/// <see cref="CqoIdentityOptions.TokenCheckCacheSeconds"/>. The same string always reads as the same
/// claims, so verifying it again (an RSA operation, JSON parsing and date parsing on every API
/// request) only repeated the first answer. Expiry, audience and the store entry are still checked on
/// every request; only a string that verified once is ever kept, so garbage cannot fill the cache.
/// </summary>
internal sealed class VerifiedTokenCache(IMemoryCache cache, IOptions<CqoIdentityOptions> options)
{
    /// <summary>A new principal each time: later handlers add claims to the one they are given.</summary>
    public ClaimsPrincipal? Find(string token) =>
        cache.TryGetValue(Key(token), out Snapshot? snapshot) ? snapshot!.ToPrincipal() : null;

    public void Remember(string token, ClaimsPrincipal principal)
    {
        if (options.Value.TokenCheckCacheSeconds > 0 && principal.Identity is ClaimsIdentity identity)
        {
            cache.Set(Key(token), Snapshot.Of(identity), TimeSpan.FromSeconds(options.Value.TokenCheckCacheSeconds));
        }
    }

    private static string Key(string token) => "cqo:token-verified:" + token;

    /// <summary>
    /// The claims as plain values. A cloned identity would not do: identities read from a token share
    /// their claim list with their clones, and concurrent requests enumerating and extending it failed.
    /// </summary>
    private sealed record Snapshot(string? AuthenticationType, string NameType, string RoleType, (string Type, string Value, string ValueType, string Issuer)[] Claims)
    {
        public static Snapshot Of(ClaimsIdentity identity) => new(
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType,
            [.. identity.Claims.Select(c => (c.Type, c.Value, c.ValueType, c.Issuer))]);

        public ClaimsPrincipal ToPrincipal()
        {
            var identity = new ClaimsIdentity(AuthenticationType, NameType, RoleType);
            foreach (var (type, value, valueType, issuer) in Claims)
            {
                identity.AddClaim(new Claim(type, value, valueType, issuer));
            }

            return new ClaimsPrincipal(identity);
        }
    }
}
