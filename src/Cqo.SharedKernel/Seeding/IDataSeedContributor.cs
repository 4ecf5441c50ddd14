namespace Cqo.SharedKernel.Seeding;

/// <summary>
/// Seeds one module's data. Runs after every migration (migrator and embedded start), so it must be
/// idempotent: insert what is missing, never duplicate, never overwrite what users changed.
/// </summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first; reference data before demo data.</summary>
    int Order => 0;

    Task SeedAsync(SeedContext context, CancellationToken cancellationToken);
}
