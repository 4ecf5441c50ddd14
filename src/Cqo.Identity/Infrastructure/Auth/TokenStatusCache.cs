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

    /// <summary>Taken before asking the store, so that a revocation during the lookup makes the answer go unremembered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool IsKnownValid(string tokenId) => cache.TryGetValue(Key(Generation, tokenId), out _);

    public void RememberValid(string tokenId, long generation)
    {
        if (options.Value.TokenCheckCacheSeconds > 0)
        {
            cache.Set(Key(generation, tokenId), true, TimeSpan.FromSeconds(options.Value.TokenCheckCacheSeconds));
        }
    }

    public void ForgetAll() => Interlocked.Increment(ref _generation);

    private static string Key(long generation, string tokenId) => $"cqo:token-valid:{generation}:{tokenId}";
}
