using Cqo.Certification.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;

namespace Cqo.Certification.Domain;

/// <summary>
/// Continuing-education hours of one person (DOMAIN.md §3): a course passed here counts at once;
/// hours logged from elsewhere count once a regulator, or the provider they name, approves them.
/// </summary>
internal sealed class CreditEntry : AggregateRoot, IDataScoped, IAnnouncesChanges
{
    private CreditEntry(Guid id, CertificateHolder holder, CreditSource source, string title, decimal hours, DateOnly completedOn)
        : base(id)
    {
        HolderName = holder.Name;
        HolderUserId = holder.UserId;
        PersonId = holder.PersonId;
        EnterpriseId = holder.EnterpriseId;
        JurisdictionCode = holder.JurisdictionCode;
        Source = source;
        Title = title;
        Hours = hours;
        CompletedOn = completedOn;
    }

    private CreditEntry() { }

    public string HolderName { get; private set; } = "";

    public Guid? HolderUserId { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    public string? JurisdictionCode { get; private set; }

    public CreditSource Source { get; private set; }

    public CreditStatus Status { get; private set; }

    public string Title { get; private set; } = "";

    public decimal Hours { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public string? Evidence { get; private set; }

    /// <summary>A document the holder attached to the evidence while the hours awaited review.</summary>
    public CreditEvidenceFile? EvidenceFile { get; private set; }

    /// <summary>The passed enrolment a course entry comes from: one entry per enrolment.</summary>
    public Guid? EnrolmentId { get; private set; }

    public Guid? CourseId { get; private set; }

    /// <summary>The provider of the course, or the one an external entry names as its reviewer.</summary>
    public Guid? ProviderId { get; private set; }

    public string? ReviewComment { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? OrganisationId => EnterpriseId;

    public Guid? SecondOrganisationId => ProviderId;

    public Guid? OwnerUserId => HolderUserId;

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new CreditEntryChanged(Id));

    public static CreditEntry FromCourse(Guid id, CertificateHolder holder, Guid enrolmentId, Guid courseId, Guid providerId, string title, decimal hours, DateOnly passedOn) =>
        new(id, holder, CreditSource.Course, title, hours, passedOn)
        {
            Status = CreditStatus.Approved,
            EnrolmentId = enrolmentId,
            CourseId = courseId,
            ProviderId = providerId,
        };

    public static CreditEntry Logged(Guid id, CertificateHolder holder, string title, decimal hours, DateOnly completedOn, string evidence, Guid? reviewingProviderId) =>
        new(id, holder, CreditSource.External, title, hours, completedOn)
        {
            Status = CreditStatus.Pending,
            Evidence = evidence,
            ProviderId = reviewingProviderId,
        };

    public void Review(bool approve, string? comment, DateTimeOffset at, Actor by)
    {
        if (Status != CreditStatus.Pending)
        {
            throw new ConflictException("certification.credit_reviewed", new ErrorMessage("Certification:CreditReviewed"));
        }

        Status = approve ? CreditStatus.Approved : CreditStatus.Rejected;
        ReviewComment = comment;
        ReviewedAt = at;
        ReviewedBy = by.UserId;
        ReviewedByName = by.Name;
    }

    /// <summary>Attaches (or replaces) the evidence document; a reviewer decided on what was there, so only while pending.</summary>
    public void AttachEvidence(CreditEvidenceFile file)
    {
        if (Status != CreditStatus.Pending)
        {
            throw new ConflictException("certification.credit_reviewed", new ErrorMessage("Certification:EvidenceAfterReview"));
        }

        EvidenceFile = file;
    }

    public CreditDto ToDto() => new(
        Id, Source, Status, HolderName, HolderUserId, Title, Hours, CompletedOn, Evidence, EvidenceFile?.FileName, CourseId, ProviderId,
        ReviewComment, ReviewedByName, ReviewedAt, CreatedAt, ConcurrencyStamp);
}

/// <summary>The evidence document of logged hours: kept in the file store, described here.</summary>
internal sealed record CreditEvidenceFile(string FileKey, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);
