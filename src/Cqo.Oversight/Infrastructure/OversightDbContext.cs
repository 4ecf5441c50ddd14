using Cqo.Oversight.Domain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Infrastructure;

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

    public DbSet<Export> Exports => Set<Export>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOversight();
}
