using Cqo.Oversight.Domain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cqo.Oversight.Infrastructure;

/// <summary>
/// Oversight's context. Saving facts also counts up the <see cref="FactVersion"/> of every month they held before or
/// hold after the change (in any month column), in the same transaction, so that a figure kept since is known stale.
/// </summary>
internal sealed class OversightDbContext(DbContextOptions<OversightDbContext> options) : CqoDbContext(options)
{
    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Snapshot> Snapshots => Set<Snapshot>();

    public DbSet<SnapshotValue> SnapshotValues => Set<SnapshotValue>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<FiledAppointment> Filings => Set<FiledAppointment>();

    public DbSet<TrainingPlace> Enrolments => Set<TrainingPlace>();

    public DbSet<HeldCertificate> Certificates => Set<HeldCertificate>();

    public DbSet<LoggedCredit> Credits => Set<LoggedCredit>();

    public DbSet<FactVersion> FactVersions => Set<FactVersion>();

    public DbSet<Export> Exports => Set<Export>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOversight();

    /// <summary>Facts are saved asynchronously only, where their months' versions are counted up in the same transaction.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        TouchedMonths().Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Save oversight's facts with SaveChangesAsync: it counts up their months' versions in the same transaction.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = TouchedMonths();
        if (touched.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await BumpAsync(touched, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>Counts up the versions of <paramref name="touched"/>, kinds and months in order (so two writers lock them in the same order).</summary>
    private async Task BumpAsync(SortedDictionary<string, List<int>> touched, CancellationToken cancellationToken)
    {
        foreach (var (kind, months) in touched)
        {
            var known = FactVersions.Where(v => v.Kind == kind && months.Contains(v.Month));
            await known.ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
            // A month seen for the first time starts at 1; two writers adding it at once race on the key, and the loser's write is retried.
            FactVersions.AddRange(months.Except(await known.Select(v => v.Month).ToListAsync(cancellationToken)).Select(m => new FactVersion(kind, m)));
        }

        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
    }

    /// <summary>
    /// The months, by kind of fact, that the pending changes take facts out of or put them in: every month column's
    /// value before (unless added) and after (unless deleted). A fact only stamped as refreshed changes no figure.
    /// </summary>
    private SortedDictionary<string, List<int>> TouchedMonths()
    {
        var touched = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var entry in ChangeTracker.Entries<Fact>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached
                || (entry.State == EntityState.Modified && !entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Fact.RefreshedAt))))
            {
                continue;
            }

            var months = touched.TryGetValue(entry.Metadata.ClrType.Name, out var set) ? set : touched[entry.Metadata.ClrType.Name] = [];
            foreach (var property in entry.Properties.Where(p => IsMonth(p.Metadata)))
            {
                if (entry.State != EntityState.Added && property.OriginalValue is int before)
                {
                    months.Add(before);
                }

                if (entry.State != EntityState.Deleted && property.CurrentValue is int after)
                {
                    months.Add(after);
                }
            }
        }

        return new SortedDictionary<string, List<int>>(
            touched.Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value.ToList()), StringComparer.Ordinal);
    }

    /// <summary>A month column: a <c>yyyymm</c> integer named for its event (<c>ApprovedMonth</c>, <c>IssuedMonth</c>…).</summary>
    private static bool IsMonth(IProperty property) =>
        property.Name.EndsWith("Month", StringComparison.Ordinal) && (property.ClrType == typeof(int) || property.ClrType == typeof(int?));
}
