using Cqo.Oversight.Domain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Infrastructure;

internal sealed class OversightDbContext(DbContextOptions<OversightDbContext> options) : CqoDbContext(options)
{
    public DbSet<Export> Exports => Set<Export>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOversight();
}
