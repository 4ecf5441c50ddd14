using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// Figures' cells, kept in memory per caller's scope and served again while the facts
/// behind them are unchanged: the sum of the <c>FactVersion</c>s of their months is the one they were computed at (a
/// version only grows, and every change to a fact counts up the months it leaves or enters, in its own transaction).
/// The sum is read before computing, so a change committed meanwhile leaves the cells kept under the older sum,
/// recomputed on the next request. The sum once read is trusted for <see cref="FigureOptions.VersionsTrustedSeconds"/>,
/// so that a figure asked again at once costs no round trip; after that, a request is given what computing it again
/// would give. Cells of periods still running are kept for the day they were computed on (a state's today is computed
/// each time). Each host keeps its own; none needs telling of another's writes.
/// </summary>
internal sealed class FigureCache(IMemoryCache cache, ICurrentUser user, TimeProvider clock, IOptions<FigureOptions> options)
{
    /// <summary>How long unused cells are kept.</summary>
    private static readonly TimeSpan s_keep = TimeSpan.FromHours(1);

    /// <summary>
    /// The cells <paramref name="compute"/> gives for facts of <paramref name="kind"/> whose months from
    /// <paramref name="fromMonth"/> (from the first when null) to <paramref name="untilMonth"/> decide them,
    /// computed again only when one of those months' facts changed since.
    /// </summary>
    public async Task<List<Cell>> GetOrComputeAsync(
        OversightDbContext db, string kind, object key, int? fromMonth, int untilMonth, Func<Task<List<Cell>>> compute, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(db, kind, fromMonth, untilMonth, cancellationToken);
        var entryKey = (nameof(FigureCache), kind, key, user.Scope, fromMonth, untilMonth);
        if (cache.TryGetValue(entryKey, out Kept? kept) && kept is not null && kept.Version == version)
        {
            return [.. kept.Cells];
        }

        var cells = await compute();
        cache.Set(entryKey, new Kept(version, [.. cells]), s_keep);
        return cells;
    }

    /// <summary>The sum of the months' versions: read from the database, or as read less than the trusted time ago.</summary>
    private async Task<long> VersionAsync(OversightDbContext db, string kind, int? fromMonth, int untilMonth, CancellationToken cancellationToken)
    {
        var trusted = TimeSpan.FromSeconds(options.Value.VersionsTrustedSeconds);
        var key = (nameof(FactVersion), kind, fromMonth, untilMonth);
        var now = clock.GetUtcNow();
        if (trusted > TimeSpan.Zero && cache.TryGetValue(key, out ReadVersion? read) && read is not null && now < read.TrustedUntil)
        {
            return read.Version;
        }

        var version = await db.FactVersions
            .Where(v => v.Kind == kind && v.Month <= untilMonth && (fromMonth == null || v.Month >= fromMonth))
            .SumAsync(v => v.Version, cancellationToken);
        if (trusted > TimeSpan.Zero)
        {
            cache.Set(key, new ReadVersion(version, now + trusted), trusted);
        }

        return version;
    }

    private sealed record Kept(long Version, IReadOnlyList<Cell> Cells);

    private sealed record ReadVersion(long Version, DateTimeOffset TrustedUntil);
}
