using Cqo.Certification.Contracts;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlIndexes = Microsoft.EntityFrameworkCore.NpgsqlIndexBuilderExtensions;
using SqlServerIndexes = Microsoft.EntityFrameworkCore.SqlServerIndexBuilderExtensions;

namespace Cqo.Oversight;

public static class OversightModelBuilderExtensions
{
    public const string Schema = "oversight";

    /// <summary>
    /// Oversight's tables (schema <c>oversight</c>): the fact store (ADR 16). Each fact's month
    /// columns are indexed with the jurisdiction, the shape of every figure's query: a month range,
    /// optionally one regulator unit, grouped by a dimension. The indexes cover those queries (the
    /// dimensions and the measured column included, on PostgreSQL and SQL Server) so that a figure
    /// reads only its months' index entries, and leave out facts without the month (partial).
    /// </summary>
    public static ModelBuilder ConfigureOversight(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enterprise>(b =>
        {
            b.ToTable("EnterpriseFacts", Schema);
            b.Property(e => e.Id).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(e => e.Uscc).HasMaxLength(18);
            b.Property(e => e.Name).HasMaxLength(RegistryLimits.EnterpriseNameMaxLength);
            b.Property(e => e.JurisdictionCode).HasMaxLength(Codes);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.DistrictCode).HasMaxLength(Codes);
            b.Property(e => e.IndustrySectionCode).HasMaxLength(Codes);
            b.Property(e => e.IndustryDivisionCode).HasMaxLength(Codes);
            b.Property(e => e.Scale).HasConversion<string>().HasMaxLength(16);
            // As a number, so "at least municipal" is a comparison (National = 0 ranks highest).
            b.HasIndex(e => new { e.BestAward, e.JurisdictionCode });
        });

        modelBuilder.Entity<Export>(b =>
        {
            b.ToTable("Exports", Schema);
            b.Property(e => e.Kind).HasMaxLength(Export.KindMaxLength);
            b.Property(e => e.Title).HasMaxLength(Export.TitleMaxLength);
            b.Property(e => e.Format).HasConversion<string>().HasMaxLength(8);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Parameters).HasMaxLength(Export.ParametersMaxLength);
            b.Property(e => e.Culture).HasMaxLength(16);
            b.Property(e => e.OwnerClientId).HasMaxLength(Export.KindMaxLength);
            b.Property(e => e.OwnerName).HasMaxLength(Export.NameMaxLength);
            b.Property(e => e.OwnerScopeKind).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.OwnerJurisdictionCode).HasMaxLength(16);
            b.Property(e => e.FileKey).HasMaxLength(100);
            b.Property(e => e.FileName).HasMaxLength(Export.FileNameMaxLength);
            b.Property(e => e.Error).HasMaxLength(Export.ErrorMaxLength);
            b.HasIndex(e => new { e.OwnerUserId, e.CreatedAt });
            b.HasIndex(e => e.CreatedAt);
        });

        modelBuilder.Entity<Target>(b =>
        {
            b.ToTable("Targets", Schema);
            b.Property(t => t.Name).HasMaxLength(OversightLimits.NameMaxLength);
            b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.FigureKey).HasMaxLength(OversightLimits.KeyMaxLength);
            b.Property(t => t.Goal).HasPrecision(12, 2);
            b.Property(t => t.DistrictCode).HasMaxLength(Codes);
            b.Property(t => t.JurisdictionCode).HasMaxLength(Codes);
            b.Property(t => t.IndustrySectionCode).HasMaxLength(Codes);
            b.Property(t => t.IndustryDivisionCode).HasMaxLength(Codes);
            b.Property(t => t.Scale).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.MinimumAward).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<Snapshot>(b =>
        {
            b.ToTable("Snapshots", Schema);
            b.Property(x => x.Granularity).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.PeriodKey).HasMaxLength(16);
            b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength();
            b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
            // A period is frozen once, and the chain has one snapshot per place: both decide races between hosts.
            b.HasIndex(x => new { x.Granularity, x.PeriodKey }).IsUnique();
            b.HasIndex(x => x.Sequence).IsUnique();
        });

        modelBuilder.Entity<SnapshotValue>(b =>
        {
            b.ToTable("SnapshotValues", Schema);
            b.Property(x => x.Figure).HasMaxLength(OversightLimits.KeyMaxLength);
            b.Property(x => x.Dimension).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Value).HasPrecision(18, 2);
            b.Property(x => x.P90).HasPrecision(18, 2);
            b.HasIndex(x => new { x.SnapshotId, x.Figure, x.Dimension });
        });

        modelBuilder.Entity<FactVersion>(b =>
        {
            b.ToTable("FactVersions", Schema);
            b.HasKey(v => new { v.Kind, v.Month });
            b.Property(v => v.Kind).HasMaxLength(32);
        });

        modelBuilder.Entity<FiledAppointment>(b =>
        {
            b.ToTable("FilingFacts", Schema);
            b.ConfigureFact();
            b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(f => f.EndReason).HasConversion<string>().HasMaxLength(32);
            b.HasMonthIndex(nameof(FiledAppointment.ApprovedMonth), nullable: true, provider: false);
            b.HasMonthIndex(nameof(FiledAppointment.ActivatedMonth), nullable: true, provider: false);
            // A state's outflow counts only facts that came in.
            b.HasMonthIndex(nameof(FiledAppointment.EndedMonth), nullable: true, provider: false, nameof(FiledAppointment.ActivatedMonth));
            b.HasMonthIndex(nameof(FiledAppointment.DecidedMonth), nullable: true, provider: false, nameof(FiledAppointment.ReviewWorkingDays));
        });

        modelBuilder.Entity<TrainingPlace>(b =>
        {
            b.ToTable("EnrolmentFacts", Schema);
            b.ConfigureFact();
            b.Property(e => e.CourseType).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.CourseHours).HasPrecision(6, 1);
            b.HasMonthIndex(nameof(TrainingPlace.TrainedMonth), nullable: true, provider: true, nameof(TrainingPlace.TraineeKey));
            b.HasMonthIndex(nameof(TrainingPlace.PassedMonth), nullable: true, provider: true);
        });

        modelBuilder.Entity<HeldCertificate>(b =>
        {
            b.ToTable("CertificateFacts", Schema);
            b.ConfigureFact();
            b.Property(c => c.Number).HasMaxLength(CertificationLimits.NumberMaxLength);
            b.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.HasMonthIndex(nameof(HeldCertificate.IssuedMonth), nullable: false, provider: true);
            b.HasMonthIndex(nameof(HeldCertificate.InvalidMonth), nullable: true, provider: true);
            b.HasMonthIndex(nameof(HeldCertificate.ExpiredMonth), nullable: true, provider: true);
            b.HasMonthIndex(nameof(HeldCertificate.RevokedMonth), nullable: true, provider: true);
        });

        modelBuilder.Entity<LoggedCredit>(b =>
        {
            b.ToTable("CreditFacts", Schema);
            b.ConfigureFact();
            b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Hours).HasPrecision(6, 1);
            b.HasMonthIndex(nameof(LoggedCredit.CountedMonth), nullable: true, provider: true, nameof(LoggedCredit.Hours));
        });

        return modelBuilder;
    }

    private const int Codes = OversightLimits.CodeMaxLength;

    /// <summary>The columns every fact shares: the enterprise's dimensions, copied, and its id for refreshing them.</summary>
    private static void ConfigureFact<TFact>(this EntityTypeBuilder<TFact> b)
        where TFact : Fact
    {
        b.Property(f => f.EnterpriseId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
        b.Property(f => f.JurisdictionCode).HasMaxLength(Codes);
        b.Property(f => f.DistrictCode).HasMaxLength(Codes);
        b.Property(f => f.IndustrySectionCode).HasMaxLength(Codes);
        b.Property(f => f.IndustryDivisionCode).HasMaxLength(Codes);
        b.Property(f => f.Scale).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(f => f.EnterpriseId);
    }

    /// <summary>The dimensions a figure groups and filters by, which every month index carries.</summary>
    private static readonly string[] s_dimensions =
    [
        nameof(Fact.DistrictCode), nameof(Fact.IndustrySectionCode), nameof(Fact.IndustryDivisionCode),
        nameof(Fact.Scale), nameof(Fact.AboveDesignatedSize), nameof(Fact.Specialised),
    ];

    /// <summary>
    /// A month column with the regulator unit, covering the figures counted by it: the dimensions (and the
    /// provider where figures have one) and <paramref name="measured"/> included, so PostgreSQL and SQL Server
    /// answer from the index alone; facts without the month left out. SQLite has no included columns.
    /// </summary>
    private static void HasMonthIndex<TFact>(this EntityTypeBuilder<TFact> b, string month, bool nullable, bool provider, params string[] measured)
        where TFact : Fact
    {
        var index = b.HasIndex(month, nameof(Fact.JurisdictionCode));
        string[] included = [.. measured, .. s_dimensions, .. provider ? [nameof(Fact.ProviderId)] : Array.Empty<string>()];
        NpgsqlIndexes.IncludeProperties(index, included);
        SqlServerIndexes.IncludeProperties(index, included);
        if (nullable)
        {
            index.HasFilter($"\"{month}\" IS NOT NULL");
        }
    }
}
