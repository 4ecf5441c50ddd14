using Cqo.Certification.Domain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Infrastructure;

internal sealed class CertificationDbContext(DbContextOptions<CertificationDbContext> options) : CqoDbContext(options)
{
    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<CreditEntry> Credits => Set<CreditEntry>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCertification();
}
