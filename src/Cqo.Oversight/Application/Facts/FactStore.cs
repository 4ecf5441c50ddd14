using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Facts;

/// <summary>
/// Writes facts from their modules' current state (ADR 16). Order does not matter: every write
/// copies what the owning module says now, so a late or repeated event changes nothing. Two writers
/// adding the same new fact race on its key; the loser reads again and updates.
/// </summary>
internal sealed class FactStore(OversightDbContext db, EnterpriseProfiles enterprises, TimeProvider clock)
{
    /// <summary>Copies the current state of <paramref name="ids"/>; a record its module no longer has is removed.</summary>
    public async Task RefreshAsync<TSource, TRow>(FactKind<TSource, TRow> kind, IFactFeed<TSource> feed, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
        where TSource : IFact
        where TRow : Fact
    {
        var sources = await feed.FindAsync(ids, cancellationToken);
        var gone = ids.Except(sources.Select(s => s.Id)).ToList();
        await WriteAsync(kind, sources, cancellationToken);
        if (gone.Count > 0)
        {
            // Loaded, not deleted in place: saving counts up the versions of the months they leave.
            db.Set<TRow>().RemoveRange(await db.Set<TRow>().Where(r => gone.Contains(r.Id)).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Adds or updates the facts of <paramref name="sources"/>, with their enterprises' dimensions.</summary>
    public async Task WriteAsync<TSource, TRow>(FactKind<TSource, TRow> kind, IReadOnlyList<TSource> sources, CancellationToken cancellationToken)
        where TSource : IFact
        where TRow : Fact
    {
        if (sources.Count == 0)
        {
            return;
        }

        try
        {
            await TryWriteAsync(kind, sources, cancellationToken);
        }
        catch (Exception e) when (e.IsLostRace())
        {
            db.ChangeTracker.Clear();
            await TryWriteAsync(kind, sources, cancellationToken);
        }
    }

    /// <summary>Copies enterprises; one whose dimensions changed carries them onto every fact of its own.</summary>
    public async Task RefreshEnterprisesAsync(IReadOnlyList<EnterpriseFact> sources, CancellationToken cancellationToken)
    {
        var moved = await enterprises.CopyAsync(sources, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var enterprise in moved)
        {
            await DescribeAsync<FiledAppointment>(enterprise, cancellationToken);
            await DescribeAsync<TrainingPlace>(enterprise, cancellationToken);
            await DescribeAsync<HeldCertificate>(enterprise, cancellationToken);
            await DescribeAsync<LoggedCredit>(enterprise, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TryWriteAsync<TSource, TRow>(FactKind<TSource, TRow> kind, IReadOnlyList<TSource> sources, CancellationToken cancellationToken)
        where TSource : IFact
        where TRow : Fact
    {
        var ids = sources.Select(s => s.Id).ToList();
        var rows = await db.Set<TRow>().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var enterpriseIds = sources.Select(kind.EnterpriseOf).OfType<Guid>().Distinct().ToList();
        var profiles = await enterprises.ForAsync(enterpriseIds, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var source in sources)
        {
            if (!rows.TryGetValue(source.Id, out var row))
            {
                row = kind.Create(source.Id);
                db.Set<TRow>().Add(row);
            }

            kind.Refresh(row, source);
            row.Describe(kind.EnterpriseOf(source) is { } enterpriseId ? profiles.GetValueOrDefault(enterpriseId)?.Profile : null);
            row.RefreshedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Carries the enterprise's dimensions onto its facts; loaded, not updated in place, so that saving counts up the versions of their months.</summary>
    private async Task DescribeAsync<TRow>(Enterprise enterprise, CancellationToken cancellationToken)
        where TRow : Fact
    {
        foreach (var row in await db.Set<TRow>().Where(r => r.EnterpriseId == enterprise.Id).ToListAsync(cancellationToken))
        {
            row.Describe(enterprise.Profile);
        }
    }
}
