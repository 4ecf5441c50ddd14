using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry;

public static class RegistryModelBuilderExtensions
{
    public const string Schema = "registry";

    /// <summary>The registry's tables (schema <c>registry</c>).</summary>
    public static ModelBuilder ConfigureRegistry(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Enterprise>(b =>
        {
            b.ToTable("Enterprises", Schema);
            b.Property(e => e.Uscc).HasMaxLength(Uscc.Length);
            b.HasIndex(e => e.Uscc).IsUnique();
            b.Property(e => e.UsccOverrideReason).HasMaxLength(RegistryLimits.ReasonMaxLength);
            b.Property(e => e.Name).HasMaxLength(RegistryLimits.EnterpriseNameMaxLength);
            b.HasIndex(e => e.Name);
            b.Property(e => e.Address).HasMaxLength(RegistryLimits.AddressMaxLength);
            b.Property(e => e.DistrictCode).HasMaxLength(6);
            b.Property(e => e.Id).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(e => e.JurisdictionCode).HasMaxLength(16);
            b.HasIndex(e => new { e.JurisdictionCode, e.Status });
            // Counts by district and status read this index alone, a district regulator's scope key included;
            // the second serves their pages in the default name order without sorting.
            b.HasIndex(e => new { e.DistrictCode, e.Status, e.JurisdictionCode });
            b.HasIndex(e => new { e.DistrictCode, e.Status, e.Name, e.Id });
            b.Property(e => e.IndustryDivisionCode).HasMaxLength(2);
            b.Property(e => e.Scale).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.OwnsMany(e => e.Awards, a =>
            {
                a.ToTable("EnterpriseAwards", Schema);
                a.WithOwner().HasForeignKey("EnterpriseId");
                a.Property<int>("Id");
                a.HasKey("Id");
                a.Property(x => x.Name).HasMaxLength(RegistryLimits.AwardNameMaxLength);
                a.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            });
        });

        modelBuilder.Entity<Person>(b =>
        {
            b.ToTable("People", Schema);
            b.Property(p => p.Name).HasMaxLength(RegistryLimits.PersonNameMaxLength);
            b.HasIndex(p => p.Name);
            b.Property(p => p.IdType).HasConversion<string>().HasMaxLength(32);
            // Neither enters the entity-change trail, which outlives corrections and key rotations; the masked form does.
            b.Property(p => p.IdNumberCipher).HasMaxLength(256).IsSecretInAuditTrail();
            b.Property(p => p.IdNumberHash).HasMaxLength(64).IsSecretInAuditTrail();
            b.HasIndex(p => new { p.EnterpriseId, p.IdNumberHash }).IsUnique();
            b.HasIndex(p => p.IdNumberHash);
            b.Property(p => p.IdNumberMasked).HasMaxLength(RegistryLimits.IdNumberMaxLength);
            b.Property(p => p.Gender).HasConversion<string>().HasMaxLength(8);
            b.Property(p => p.Education).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Major).HasMaxLength(RegistryLimits.TextMaxLength);
            b.Property(p => p.Title).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.QualityEngineerLevel).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Phone).HasMaxLength(RegistryLimits.PhoneMaxLength);
            b.Property(p => p.Email).HasMaxLength(RegistryLimits.EmailMaxLength);
            b.Property(p => p.EnterpriseId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(p => p.UserId).IsDataScopeKey(nameof(IDataScoped.OwnerUserId));
            b.Property(p => p.JurisdictionCode).HasMaxLength(16);
            b.HasIndex(p => p.JurisdictionCode);
            b.HasIndex(p => p.UserId);
            b.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Filing>(b =>
        {
            b.ToTable("Filings", Schema);
            b.Property(f => f.AppointedBy).HasConversion<string>().HasMaxLength(24);
            b.Property(f => f.TrainingCertificateNumber).HasMaxLength(RegistryLimits.CertificateNumberMaxLength);
            b.Property(f => f.WaiverReason).HasMaxLength(RegistryLimits.ReasonMaxLength);
            b.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(f => f.EndReason).HasConversion<string>().HasMaxLength(24);
            b.Property(f => f.EnterpriseId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(f => f.JurisdictionCode).HasMaxLength(16);
            b.HasIndex(f => new { f.JurisdictionCode, f.Status });
            b.HasIndex(f => new { f.EnterpriseId, f.Status });
            b.HasIndex(f => new { f.Status, f.AnnouncementEnd });
            b.HasOne<Enterprise>().WithMany().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
            b.OwnsOne(f => f.Letter, l =>
            {
                l.Property(x => x.FileKey).HasMaxLength(128);
                l.Property(x => x.FileName).HasMaxLength(RegistryLimits.FileNameMaxLength);
                l.Property(x => x.ContentType).HasMaxLength(64);
            });
            b.OwnsMany(f => f.Steps, s =>
            {
                s.ToTable("FilingSteps", Schema);
                s.WithOwner().HasForeignKey("FilingId");
                s.HasKey("FilingId", nameof(FilingStep.Sequence));
                s.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
                s.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
                s.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
                s.Property(x => x.ActorName).HasMaxLength(RegistryLimits.PersonNameMaxLength);
                s.Property(x => x.Comment).HasMaxLength(RegistryLimits.CommentMaxLength);
            });
            b.OwnsMany(f => f.Objections, o =>
            {
                o.ToTable("FilingObjections", Schema);
                o.WithOwner().HasForeignKey("FilingId");
                o.HasKey(x => x.Id);
                o.Property(x => x.Id).ValueGeneratedNever();
                o.Property(x => x.Name).HasMaxLength(RegistryLimits.PersonNameMaxLength);
                o.Property(x => x.Contact).HasMaxLength(RegistryLimits.EmailMaxLength);
                o.Property(x => x.Text).HasMaxLength(RegistryLimits.CommentMaxLength);
                o.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
                o.Property(x => x.HandlerComment).HasMaxLength(RegistryLimits.CommentMaxLength);
            });
        });

        modelBuilder.Entity<QualificationRuleSet>(b =>
        {
            b.ToTable("QualificationRuleSets", Schema);
            b.Property(r => r.Code).HasMaxLength(16);
            b.HasIndex(r => r.Code).IsUnique();
            b.OwnsMany(r => r.Requirements, q =>
            {
                q.ToTable("QualificationRequirements", Schema);
                q.WithOwner().HasForeignKey("RuleSetId");
                q.HasKey("RuleSetId", nameof(ScaleRequirement.Scale));
                q.Property(x => x.Scale).HasConversion<string>().HasMaxLength(16);
                q.Property(x => x.MinimumEducation).HasConversion<string>().HasMaxLength(16);
                q.Property(x => x.AlternativeTitle).HasConversion<string>().HasMaxLength(16);
            });
        });

        modelBuilder.Entity<IdNumberReveal>(b =>
        {
            b.ToTable("IdNumberReveals", Schema);
            b.Property(r => r.UserName).HasMaxLength(RegistryLimits.PersonNameMaxLength);
            b.Property(r => r.Reason).HasMaxLength(RegistryLimits.ReasonMaxLength);
            b.Property(r => r.TraceId).HasMaxLength(64);
            b.HasIndex(r => r.PersonId);
        });

        modelBuilder.Entity<ImportBatch>(b =>
        {
            b.ToTable("ImportBatches", Schema);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Format).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.FileName).HasMaxLength(RegistryLimits.FileNameMaxLength);
            b.Property(x => x.FileKey).HasMaxLength(128);
            b.Property(x => x.MessageKey).HasMaxLength(128);
            b.Property(x => x.MessageArgs).HasMaxLength(2000);
            b.Property(x => x.CreatorScopeKind).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.JurisdictionCode).HasMaxLength(16);
            b.Property(x => x.CreatorName).HasMaxLength(RegistryLimits.PersonNameMaxLength);
            b.Property(x => x.CreatorClientId).HasMaxLength(RegistryLimits.PersonNameMaxLength);
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => x.OrganisationId);
            b.HasIndex(x => x.JurisdictionCode);
            b.HasIndex(x => x.OwnerUserId);
        });

        modelBuilder.Entity<ImportRowError>(b =>
        {
            b.ToTable("ImportRowErrors", Schema);
            b.HasKey(x => new { x.BatchId, x.Sequence });
            b.Property(x => x.Column).HasMaxLength(64);
            b.Property(x => x.MessageKey).HasMaxLength(128);
            b.Property(x => x.MessageArgs).HasMaxLength(2000);
            b.HasOne<ImportBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
        });

        return modelBuilder;
    }
}
