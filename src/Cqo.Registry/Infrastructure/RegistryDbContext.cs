using Cqo.Platform.Persistence;
using Cqo.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Infrastructure;

internal sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : CqoDbContext(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<QualificationRuleSet> RuleSets => Set<QualificationRuleSet>();

    public DbSet<IdNumberReveal> IdNumberReveals => Set<IdNumberReveal>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ImportRowError> ImportRowErrors => Set<ImportRowError>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureRegistry();
}
