using Cqo.SharedKernel.Seeding;
using Microsoft.Extensions.Logging;

namespace Cqo.Platform.Seeding;

/// <summary>Runs every module's seed contributor in order; safe to run on every start.</summary>
public sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors, ILogger<DataSeeder> logger)
{
    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            logger.LogInformation("Seeding {Contributor}", contributor.GetType().Name);
            await contributor.SeedAsync(context, cancellationToken);
        }
    }
}
