using System.Collections.Frozen;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cqo.Identity.Infrastructure.Permissions;

/// <summary>
/// Effective grants per subject, kept in memory. Any change of a grant or of a role membership moves
/// the generation on, which retires every entry of this host at once; other hosts expire theirs
/// after <see cref="CqoIdentityOptions.PermissionCacheSeconds"/>.
/// </summary>
internal sealed class PermissionGrantCache(IMemoryCache cache, IOptions<CqoIdentityOptions> options)
{
    private long _generation;

    public void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<FrozenSet<string>> GetOrLoadAsync(string subject, Func<Task<FrozenSet<string>>> load)
    {
        var key = (nameof(PermissionGrantCache), Interlocked.Read(ref _generation), subject);
        if (cache.TryGetValue(key, out FrozenSet<string>? grants) && grants is not null)
        {
            return grants;
        }

        grants = await load();
        cache.Set(key, grants, TimeSpan.FromSeconds(options.Value.PermissionCacheSeconds));
        return grants;
    }
}
