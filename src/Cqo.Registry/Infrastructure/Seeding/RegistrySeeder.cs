using Cqo.Platform.Persistence;
using Cqo.Registry.Domain;
using Cqo.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Infrastructure.Seeding;

/// <summary>The city-wide default rule set, always; demo enterprises, staff and filings on request.</summary>
internal sealed class RegistrySeeder(RegistryDbContext db, DemoRegistry demo, TimeProvider clock) : IDataSeedContributor
{
    // After the reference data, whose regulator units the demo enterprises fall under.
    public int Order => 20;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (!await db.RuleSets.IgnoreQueryFilters([QueryFilters.DataScope]).AnyAsync(r => r.Code == QualificationRuleSet.DefaultCode, cancellationToken))
        {
            db.RuleSets.Add(new QualificationRuleSet(Guid.CreateVersion7(clock.GetUtcNow()), QualificationRuleSet.DefaultCode, RuleSetTerms.Default));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (context.IncludeDemoData)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }
}
