using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cqo.Identity.Infrastructure.Auth;

/// <summary>
/// Access tokens this host found valid in the token store, for <see cref="CqoIdentityOptions.TokenCheckCacheSeconds"/>.
/// Any revocation on this host forgets them all (a generation counter), so it takes effect at once here.
/// </summary>
internal sealed class TokenStatusCache(IMemoryCache cache, IOptions<CqoIdentityOptions> options)
{
    private long _generation;

    public bool IsKnownValid(string tokenId) => cache.TryGetValue(Key(tokenId), out _);

    public void RememberValid(string tokenId)
    {
        if (options.Value.TokenCheckCacheSeconds > 0)
        {
            cache.Set(Key(tokenId), true, TimeSpan.FromSeconds(options.Value.TokenCheckCacheSeconds));
        }
    }

    public void ForgetAll() => Interlocked.Increment(ref _generation);

    private string Key(string tokenId) => $"cqo:token-valid:{Interlocked.Read(ref _generation)}:{tokenId}";
}
