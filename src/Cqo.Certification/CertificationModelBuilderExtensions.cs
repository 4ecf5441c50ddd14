using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification;

public static class CertificationModelBuilderExtensions
{
    public const string Schema = "certification";

    /// <summary>Certification's tables (schema <c>certification</c>).</summary>
    public static ModelBuilder ConfigureCertification(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Certificate>(b =>
        {
            b.ToTable("Certificates", Schema);
            b.Property(c => c.Number).HasMaxLength(CertificationLimits.NumberMaxLength);
            b.HasIndex(c => c.Number).IsUnique();
            b.HasIndex(c => c.StatusListIndex).IsUnique();
            b.Property(c => c.DistrictCode).HasMaxLength(6);
            // The sequence is gap-free per year and district; the index makes a duplicate impossible too.
            b.HasIndex(c => new { c.Year, c.DistrictCode, c.Sequence }).IsUnique();
            b.Property(c => c.HolderName).HasMaxLength(CertificationLimits.NameMaxLength);
            b.Property(c => c.IdNumberMasked).HasMaxLength(32);
            b.Property(c => c.JurisdictionCode).HasMaxLength(ReferenceLimits.UnitCodeMaxLength);
            b.Property(c => c.CourseTitle).HasMaxLength(CertificationLimits.TitleMaxLength);
            b.Property(c => c.IssuerName).HasMaxLength(CertificationLimits.TitleMaxLength);
            b.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.StatusReason).HasMaxLength(CertificationLimits.ReasonMaxLength);
            // One certificate per passing enrolment, whatever the outbox redelivers.
            b.HasIndex(c => c.EnrolmentId).IsUnique();
            // The midnight job looks for what has run out; lists by holder and by course.
            b.HasIndex(c => new { c.Status, c.ValidUntil });
            b.HasIndex(c => c.HolderUserId);
            b.HasIndex(c => c.PersonId);
            b.HasIndex(c => new { c.CourseId, c.HolderName });
            b.HasIndex(c => new { c.EnterpriseId, c.IssuedOn });
            b.HasIndex(c => new { c.JurisdictionCode, c.IssuedOn });
            b.Property(c => c.EnterpriseId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(c => c.ProviderId).IsDataScopeKey(nameof(IDataScoped.SecondOrganisationId));
            b.Property(c => c.HolderUserId).IsDataScopeKey(nameof(IDataScoped.OwnerUserId));
            b.OwnsMany(c => c.History, h =>
            {
                h.ToTable("CertificateChanges", Schema);
                h.WithOwner().HasForeignKey("CertificateId");
                h.HasKey(x => x.Id);
                h.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
                h.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
                h.Property(x => x.Reason).HasMaxLength(CertificationLimits.ReasonMaxLength);
                h.Property(x => x.Evidence).HasMaxLength(CertificationLimits.EvidenceMaxLength);
                h.Property(x => x.ByName).HasMaxLength(CertificationLimits.NameMaxLength);
            });
        });

        modelBuilder.Entity<CreditEntry>(b =>
        {
            b.ToTable("Credits", Schema);
            b.Property(c => c.HolderName).HasMaxLength(CertificationLimits.NameMaxLength);
            b.Property(c => c.JurisdictionCode).HasMaxLength(ReferenceLimits.UnitCodeMaxLength);
            b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Title).HasMaxLength(CertificationLimits.TitleMaxLength);
            b.Property(c => c.Hours).HasPrecision(6, 1);
            b.Property(c => c.Evidence).HasMaxLength(CertificationLimits.EvidenceMaxLength);
            b.OwnsOne(c => c.EvidenceFile, f =>
            {
                f.Property(x => x.FileKey).HasMaxLength(128);
                f.Property(x => x.FileName).HasMaxLength(CertificationLimits.FileNameMaxLength);
                f.Property(x => x.ContentType).HasMaxLength(64);
            });
            b.Property(c => c.ReviewComment).HasMaxLength(CertificationLimits.ReasonMaxLength);
            b.Property(c => c.ReviewedByName).HasMaxLength(CertificationLimits.NameMaxLength);
            // One entry per passed enrolment; a holder's hours by day for the renewal rule.
            b.HasIndex(c => c.EnrolmentId).IsUnique();
            b.HasIndex(c => new { c.HolderUserId, c.CompletedOn });
            b.HasIndex(c => new { c.PersonId, c.CompletedOn });
            b.HasIndex(c => new { c.Status, c.CreatedAt });
            b.Property(c => c.EnterpriseId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(c => c.ProviderId).IsDataScopeKey(nameof(IDataScoped.SecondOrganisationId));
            b.Property(c => c.HolderUserId).IsDataScopeKey(nameof(IDataScoped.OwnerUserId));
        });

        modelBuilder.Entity<NumberSequence>(b =>
        {
            b.ToTable("NumberSequences", Schema);
            b.HasKey(s => new { s.Year, s.DistrictCode });
            b.Property(s => s.DistrictCode).HasMaxLength(6);
        });

        return modelBuilder;
    }
}
