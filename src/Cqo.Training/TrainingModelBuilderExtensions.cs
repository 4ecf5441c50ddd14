using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training;

public static class TrainingModelBuilderExtensions
{
    public const string Schema = "training";

    /// <summary>Training's tables (schema <c>training</c>).</summary>
    public static ModelBuilder ConfigureTraining(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Provider>(b =>
        {
            b.ToTable("Providers", Schema);
            b.Property(p => p.Uscc).HasMaxLength(Uscc.Length);
            b.HasIndex(p => p.Uscc).IsUnique();
            b.Property(p => p.Name).HasMaxLength(TrainingLimits.NameMaxLength);
            b.Property(p => p.DistrictCode).HasMaxLength(6);
            b.Property(p => p.Address).HasMaxLength(TrainingLimits.AddressMaxLength);
            b.Property(p => p.ContactName).HasMaxLength(TrainingLimits.PersonNameMaxLength);
            b.Property(p => p.ContactPhone).HasMaxLength(TrainingLimits.PhoneMaxLength);
            b.Property(p => p.ContactEmail).HasMaxLength(TrainingLimits.EmailMaxLength);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(p => p.Status);
            b.Property(p => p.ReviewComment).HasMaxLength(TrainingLimits.CommentMaxLength);
            b.Property(p => p.Id).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
        });

        modelBuilder.Entity<Trainer>(b =>
        {
            b.ToTable("Trainers", Schema);
            b.Property(t => t.Name).HasMaxLength(TrainingLimits.PersonNameMaxLength);
            b.Property(t => t.Title).HasMaxLength(TrainingLimits.TextMaxLength);
            b.Property(t => t.Phone).HasMaxLength(TrainingLimits.PhoneMaxLength);
            b.Property(t => t.Email).HasMaxLength(TrainingLimits.EmailMaxLength);
            b.HasIndex(t => new { t.ProviderId, t.Name });
            b.Property(t => t.ProviderId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
        });

        modelBuilder.Entity<Course>(b =>
        {
            b.ToTable("Courses", Schema);
            b.Property(c => c.Title).HasMaxLength(TrainingLimits.NameMaxLength);
            b.Property(c => c.Description).HasMaxLength(TrainingLimits.DescriptionMaxLength);
            b.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
            b.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Delivery).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.SyllabusVersionCode).HasMaxLength(20);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.CancelReason).HasMaxLength(TrainingLimits.CommentMaxLength);
            b.Property(c => c.TotalHours).HasPrecision(6, 1);
            // The catalogue: open courses by start date; a provider's own list.
            b.HasIndex(c => new { c.Status, c.StartDate });
            b.HasIndex(c => new { c.ProviderId, c.StartDate });
            b.Property(c => c.ProviderId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.OwnsMany(c => c.Modules, m =>
            {
                m.ToTable("CourseModules", Schema);
                m.WithOwner().HasForeignKey("CourseId");
                m.Property<int>("Id");
                m.HasKey("Id");
                m.Property(x => x.ModuleCode).HasMaxLength(20);
                m.Property(x => x.Hours).HasPrecision(6, 1);
            });
            b.OwnsMany(c => c.Sessions, s =>
            {
                s.ToTable("CourseSessions", Schema);
                s.WithOwner().HasForeignKey("CourseId");
                s.HasKey(x => x.Id);
                s.Property(x => x.Id).ValueGeneratedNever();
                s.Property(x => x.ModuleCode).HasMaxLength(20);
                s.Property(x => x.Venue).HasMaxLength(TrainingLimits.VenueMaxLength);
                s.Property(x => x.OnlineLink).HasMaxLength(TrainingLimits.LinkMaxLength);
                s.Property(x => x.CheckInSecret).HasMaxLength(64).IsSecretInAuditTrail();
                // Double-booking checks look up a trainer's sessions by time.
                s.HasIndex(x => new { x.TrainerId, x.StartsAt });
            });
        });

        modelBuilder.Entity<Enrolment>(b =>
        {
            b.ToTable("Enrolments", Schema);
            b.Property(e => e.TraineeName).HasMaxLength(TrainingLimits.PersonNameMaxLength);
            b.Property(e => e.IdNumberMasked).HasMaxLength(32);
            b.Property(e => e.JurisdictionCode).HasMaxLength(ReferenceLimits.UnitCodeMaxLength); // a regulator unit: a district or LINGANG
            b.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Reason).HasMaxLength(TrainingLimits.CommentMaxLength);
            b.Property(e => e.ProviderId).IsDataScopeKey(nameof(IDataScoped.OrganisationId));
            b.Property(e => e.SponsorId).IsDataScopeKey(nameof(IDataScoped.SecondOrganisationId));
            b.Property(e => e.TraineeUserId).IsDataScopeKey(nameof(IDataScoped.OwnerUserId));

            // One enrolment per trainee and course (a withdrawn one is reused); the waitlist in order.
            b.HasIndex(e => new { e.CourseId, e.TraineeUserId }).IsUnique();
            b.HasIndex(e => new { e.CourseId, e.PersonId }).IsUnique();
            b.HasIndex(e => new { e.CourseId, e.Status, e.WaitlistedAt });
            b.HasIndex(e => e.TraineeUserId);
            b.HasIndex(e => new { e.SponsorId, e.CreatedAt });
            b.OwnsMany(e => e.Attendance, a =>
            {
                a.ToTable("Attendance", Schema);
                a.WithOwner().HasForeignKey("EnrolmentId");
                a.HasKey("EnrolmentId", nameof(SessionAttendance.SessionId));
                a.Property(x => x.Mark).HasConversion<string>().HasMaxLength(16);
                a.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            });
            b.OwnsMany(e => e.Attempts, a =>
            {
                a.ToTable("ExamAttempts", Schema);
                a.WithOwner().HasForeignKey("EnrolmentId");
                a.HasKey("EnrolmentId", nameof(ExamAttempt.Number));
                a.Property(x => x.Number).ValueGeneratedNever();
                a.Property(x => x.Score).HasPrecision(5, 1);
            });
        });

        return modelBuilder;
    }
}
