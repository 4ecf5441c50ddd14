using Cqo.Platform.Persistence;
using Cqo.Reference.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Infrastructure;

internal sealed class ReferenceDbContext(DbContextOptions<ReferenceDbContext> options) : CqoDbContext(options)
{
    public DbSet<District> Districts => Set<District>();

    public DbSet<RegulatorUnit> RegulatorUnits => Set<RegulatorUnit>();

    public DbSet<IndustrySection> IndustrySections => Set<IndustrySection>();

    public DbSet<IndustryDivision> IndustryDivisions => Set<IndustryDivision>();

    public DbSet<SyllabusVersion> SyllabusVersions => Set<SyllabusVersion>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureReference();
}
