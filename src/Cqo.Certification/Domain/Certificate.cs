using Cqo.Certification.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;

namespace Cqo.Certification.Domain;

/// <summary>
/// A training certificate (DOMAIN.md §4): <c>Valid → Expired | Suspended → Valid | Revoked</c>,
/// <c>Valid → Replaced</c>. It belongs to its holder, the holder's enterprise, the provider whose
/// course it attests and the enterprise's regulator unit; every step is kept in its history.
/// </summary>
internal sealed class Certificate : AggregateRoot, IDataScoped, IAnnouncesChanges
{
    private readonly List<CertificateChange> _history = [];

    public Certificate(Guid id, CertificateSlot slot, CertificateHolder holder, CertifiedCourse course, CertificateTerms terms, DateTimeOffset at, Actor? by)
        : base(id)
    {
        var number = slot.Number;
        Number = number.ToString();
        StatusListIndex = slot.StatusListIndex;
        Year = number.Year;
        DistrictCode = number.DistrictCode;
        Sequence = number.Sequence;
        HolderName = holder.Name;
        IdNumberMasked = holder.IdNumberMasked;
        HolderUserId = holder.UserId;
        PersonId = holder.PersonId;
        EnterpriseId = holder.EnterpriseId;
        JurisdictionCode = holder.JurisdictionCode ?? number.DistrictCode;
        ProviderId = course.ProviderId;
        CourseId = course.CourseId;
        EnrolmentId = course.EnrolmentId;
        CourseTitle = course.Title;
        IssuerName = course.IssuerName;
        IssuedOn = terms.IssuedOn;
        ValidUntil = terms.ValidUntil;
        Origin = terms.Origin;
        ReplacesId = terms.ReplacesId;
        Status = CertificateStatus.Valid;
        _history.Add(new CertificateChange(CertificateChangeKind.Issued, Status, at, terms.Reason, null, by));
    }

    private Certificate() { }

    public string Number { get; private set; } = "";

    public int Year { get; private set; }

    public string DistrictCode { get; private set; } = "";

    public int Sequence { get; private set; }

    /// <summary>Its bit in the revocation and suspension status lists of signed credentials.</summary>
    public int StatusListIndex { get; private set; }

    public string HolderName { get; private set; } = "";

    public string? IdNumberMasked { get; private set; }

    public Guid? HolderUserId { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid? EnterpriseId { get; private set; }

    public string? JurisdictionCode { get; private set; }

    public Guid? ProviderId { get; private set; }

    public Guid? CourseId { get; private set; }

    /// <summary>The enrolment whose pass issued it: at most one certificate per enrolment.</summary>
    public Guid? EnrolmentId { get; private set; }

    public string? CourseTitle { get; private set; }

    public string IssuerName { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day of validity; none when the rule gives certificates no end.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public CertificateOrigin Origin { get; private set; }

    public CertificateStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public Guid? ReplacesId { get; private set; }

    public Guid? ReplacedById { get; private set; }

    public IReadOnlyList<CertificateChange> History => _history;

    /// <summary>Whom it names, as a successor (re-issue, renewal) names them again.</summary>
    public CertificateHolder Holder => new(HolderName, IdNumberMasked, HolderUserId, PersonId, EnterpriseId, JurisdictionCode);

    /// <summary>What it attests, for a successor: the enrolment stays with the first certificate.</summary>
    public CertifiedCourse CourseForSuccessor => new(ProviderId, CourseId, null, CourseTitle, IssuerName);

    public Guid? OrganisationId => EnterpriseId;

    public Guid? SecondOrganisationId => ProviderId;

    public Guid? OwnerUserId => HolderUserId;

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new CertificateChanged(Id));

    /// <summary>Statuses in which a certificate may still be suspended, revoked or replaced.</summary>
    public static readonly CertificateStatus[] Standing = [CertificateStatus.Valid, CertificateStatus.Suspended, CertificateStatus.Expired];

    public void Suspend(string reason, DateTimeOffset at, Actor by)
    {
        Require(Status == CertificateStatus.Valid);
        Change(CertificateChangeKind.Suspended, CertificateStatus.Suspended, at, reason, null, by);
    }

    /// <summary>Lifts a suspension; a certificate whose validity ended meanwhile comes back expired.</summary>
    public void Reinstate(string reason, DateTimeOffset at, Actor by)
    {
        Require(Status == CertificateStatus.Suspended);
        var status = IsPastValidity(at.ToShanghaiDate()) ? CertificateStatus.Expired : CertificateStatus.Valid;
        Change(CertificateChangeKind.Reinstated, status, at, reason, null, by);
    }

    public void Revoke(string reason, string? evidence, DateTimeOffset at, Actor by)
    {
        Require(Standing.Contains(Status));
        Change(CertificateChangeKind.Revoked, CertificateStatus.Revoked, at, reason, evidence, by);
    }

    /// <summary>
    /// A new certificate takes this one's place: re-issued (lost or corrected), or renewed. A renewed
    /// certificate that had already expired stays expired and only points to its successor.
    /// </summary>
    public void ReplaceWith(Certificate successor, CertificateChangeKind kind, string? reason, DateTimeOffset at, Actor by)
    {
        Require(Standing.Contains(Status) && Status != CertificateStatus.Suspended);
        ReplacedById = successor.Id;
        var status = kind == CertificateChangeKind.Renewed && Status == CertificateStatus.Expired ? CertificateStatus.Expired : CertificateStatus.Replaced;
        Change(kind, status, at, reason, null, by);
    }

    /// <summary>Flips a certificate whose last day has passed (the midnight job); false when there is nothing to flip.</summary>
    public bool Expire(DateOnly today, DateTimeOffset at)
    {
        if (Status is not (CertificateStatus.Valid or CertificateStatus.Suspended) || !IsPastValidity(today))
        {
            return false;
        }

        Change(CertificateChangeKind.Expired, CertificateStatus.Expired, at, null, null, null);
        return true;
    }

    public bool IsPastValidity(DateOnly day) => ValidUntil is { } last && day > last;

    /// <summary>
    /// The status at the end of <paramref name="day"/> (Asia/Shanghai), from the history: null before
    /// issue. Expiry follows from the dates, so a day after the last day of validity reads expired
    /// even before the midnight job ran, unless the certificate had been revoked or replaced by then.
    /// </summary>
    public CertificateStatus? StatusOn(DateOnly day)
    {
        if (day < IssuedOn)
        {
            return null;
        }

        var status = _history.Where(c => c.At.ToShanghaiDate() <= day).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => c.Status).DefaultIfEmpty(CertificateStatus.Valid).Last();
        return status is CertificateStatus.Valid or CertificateStatus.Suspended && IsPastValidity(day) ? CertificateStatus.Expired : status;
    }

    private void Change(CertificateChangeKind kind, CertificateStatus status, DateTimeOffset at, string? reason, string? evidence, Actor? by)
    {
        Status = status;
        StatusReason = reason;
        _history.Add(new CertificateChange(kind, status, at, reason, evidence, by));
    }

    private void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new ConflictException("certification.certificate_state", new ErrorMessage("Certification:StateForbids", new ErrorMessage($"CertificateStatus:{Status}")));
        }
    }
}

/// <summary>Whom a certificate names: the person, masked, their account and enterprise, and its regulator unit.</summary>
internal sealed record CertificateHolder(
    string Name, string? IdNumberMasked, Guid? UserId, Guid? PersonId, Guid? EnterpriseId, string? JurisdictionCode);

/// <summary>What a certificate attests: the course, its provider and the enrolment that passed it, and who issues it.</summary>
internal sealed record CertifiedCourse(Guid? ProviderId, Guid? CourseId, Guid? EnrolmentId, string? Title, string IssuerName);

/// <summary>When and why a certificate is issued, and which certificate it follows.</summary>
internal sealed record CertificateTerms(DateOnly IssuedOn, DateOnly? ValidUntil, CertificateOrigin Origin, Guid? ReplacesId = null, string? Reason = null);
