using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Reference.Contracts;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Facts;

/// <summary>
/// Oversight's copy of enterprises. A fact takes its enterprise's dimensions from here; an
/// enterprise not copied yet (its event may come after its filings') is read from the registry first.
/// </summary>
internal sealed class EnterpriseProfiles(OversightDbContext db, IFactFeed<EnterpriseFact> feed, IReferenceDataQueries reference, TimeProvider clock)
{
    /// <summary>The tracked copies of <paramref name="ids"/>, refreshed from the registry when missing.</summary>
    public async Task<Dictionary<Guid, Enterprise>> ForAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var known = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var missing = ids.Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            await CopyAsync(await feed.FindAsync(missing, cancellationToken), cancellationToken);
            foreach (var copy in db.Enterprises.Local.Where(e => missing.Contains(e.Id)))
            {
                known[copy.Id] = copy;
            }
        }

        return known;
    }

    /// <summary>
    /// Adds or refreshes the copies of <paramref name="facts"/> (tracked, not saved) and returns those
    /// whose dimensions changed: their facts carry the old ones. A new copy has no facts yet, since a
    /// fact is written only after its enterprise is copied.
    /// </summary>
    public async Task<IReadOnlyList<Enterprise>> CopyAsync(IReadOnlyList<EnterpriseFact> facts, CancellationToken cancellationToken)
    {
        var ids = facts.Select(f => f.Id).ToList();
        var existing = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var sections = (await reference.ListAllIndustryDivisionsAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.SectionCode);
        var now = clock.GetUtcNow();
        var moved = new List<Enterprise>();
        foreach (var fact in facts)
        {
            if (!existing.TryGetValue(fact.Id, out var enterprise))
            {
                enterprise = new Enterprise(fact.Id);
                db.Enterprises.Add(enterprise);
            }

            var before = enterprise.Profile;
            enterprise.Refresh(fact, sections.GetValueOrDefault(fact.IndustryDivisionCode, ""));
            enterprise.RefreshedAt = now;
            if (existing.ContainsKey(fact.Id) && enterprise.Profile != before)
            {
                moved.Add(enterprise);
            }
        }

        return moved;
    }
}
