using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry.Domain;

/// <summary>
/// A CQO appointment filing (聘任备案) and its life cycle (DOMAIN.md §4). Every step is recorded
/// with actor, time and comment; each changes the aggregate, so its concurrency stamp decides
/// between two reviewers acting at once.
/// </summary>
internal sealed class Filing : AggregateRoot, IDataScoped, IAnnouncesChanges
{
    private readonly List<FilingStep> _steps = [];
    private readonly List<Objection> _objections = [];

    public Filing(Guid id, Guid enterpriseId, string jurisdictionCode, FilingDetails details, Actor actor, DateTimeOffset now)
        : base(id)
    {
        EnterpriseId = enterpriseId;
        JurisdictionCode = jurisdictionCode;
        Apply(details);
        Record(FilingAction.Created, FilingStatus.Draft, actor, now, null);
    }

    private Filing() { }

    public Guid EnterpriseId { get; private set; }

    public Guid PersonId { get; private set; }

    public AppointingBody AppointedBy { get; private set; }

    public DateOnly AppointmentDate { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    public string? TrainingCertificateNumber { get; private set; }

    /// <summary>Why the rule set should be waived for this officer; lets a filing that fails it be submitted.</summary>
    public string? WaiverReason { get; private set; }

    /// <summary>The disqualification declarations the enterprise affirms (codes of the rule set).</summary>
    public List<string> Declarations { get; private set; } = [];

    /// <summary>The active filing this one replaces; that one ends when this one becomes active.</summary>
    public Guid? ReplacesFilingId { get; private set; }

    public FilingLetter? Letter { get; private set; }

    public FilingStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateOnly? AnnouncementStart { get; private set; }

    public DateOnly? AnnouncementEnd { get; private set; }

    public int PendingObjections { get; private set; }

    public DateOnly? ActivatedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public FilingEndReason? EndReason { get; private set; }

    public IReadOnlyList<FilingStep> Steps => _steps;

    public IReadOnlyList<Objection> Objections => _objections;

    public Guid? OrganisationId => EnterpriseId;

    public string? JurisdictionCode { get; private set; }

    public Guid? OwnerUserId => null;

    public bool IsEditable => Status is FilingStatus.Draft or FilingStatus.Returned;

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new FilingChanged(Id));

    public void Edit(FilingDetails details, Actor actor, DateTimeOffset now)
    {
        Require(IsEditable, FilingAction.Edited);
        Apply(details);
        Record(FilingAction.Edited, Status, actor, now, null);
    }

    public void AttachLetter(FilingLetter letter, Actor actor, DateTimeOffset now)
    {
        Require(IsEditable, FilingAction.Edited);
        Letter = letter;
        Record(FilingAction.Edited, Status, actor, now, letter.FileName);
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        Require(IsEditable, FilingAction.Submitted);
        SubmittedAt = now;
        Record(FilingAction.Submitted, FilingStatus.Submitted, actor, now, null);
    }

    public void Withdraw(Actor actor, DateTimeOffset now, string? comment)
    {
        Require(Status is FilingStatus.Draft or FilingStatus.Submitted, FilingAction.Withdrawn);
        Record(FilingAction.Withdrawn, FilingStatus.Withdrawn, actor, now, comment);
    }

    public void StartReview(Actor actor, DateTimeOffset now, string? comment)
    {
        Require(Status == FilingStatus.Submitted, FilingAction.ReviewStarted);
        Record(FilingAction.ReviewStarted, FilingStatus.UnderReview, actor, now, comment);
    }

    public void Return(Actor actor, DateTimeOffset now, string comment)
    {
        Require(Status == FilingStatus.UnderReview, FilingAction.Returned);
        Record(FilingAction.Returned, FilingStatus.Returned, actor, now, comment);
    }

    public void Reject(Actor actor, DateTimeOffset now, string comment)
    {
        Require(Status == FilingStatus.UnderReview, FilingAction.Rejected);
        Record(FilingAction.Rejected, FilingStatus.Rejected, actor, now, comment);
    }

    /// <summary>Approval opens the public announcement window; the appointment becomes active after it.</summary>
    public void Approve(Actor actor, DateTimeOffset now, string? comment, DateOnly windowStart, DateOnly windowEnd)
    {
        Require(Status == FilingStatus.UnderReview, FilingAction.Approved);
        AnnouncementStart = windowStart;
        AnnouncementEnd = windowEnd;
        Record(FilingAction.Approved, FilingStatus.Announcing, actor, now, comment);
    }

    public Objection LodgeObjection(Guid id, string? name, string? contact, string text, DateOnly today, DateTimeOffset now)
    {
        Require(Status == FilingStatus.Announcing && today <= AnnouncementEnd, FilingAction.ObjectionLodged);
        var objection = new Objection(id, name, contact, text, now);
        _objections.Add(objection);
        PendingObjections++;
        Record(FilingAction.ObjectionLodged, Status, Actor.Public, now, null);
        return objection;
    }

    /// <summary>An upheld objection rejects the appointment; a dismissed one lets it proceed.</summary>
    public void HandleObjection(Guid objectionId, bool upheld, Actor actor, DateTimeOffset now, string comment)
    {
        var objection = _objections.FirstOrDefault(o => o.Id == objectionId) ?? throw new NotFoundException("Objection", objectionId);
        var action = upheld ? FilingAction.ObjectionUpheld : FilingAction.ObjectionDismissed;
        Require(Status == FilingStatus.Announcing && objection.Status == ObjectionStatus.Pending, action);
        objection.Handle(upheld, actor, now, comment);
        PendingObjections--;
        Record(action, upheld ? FilingStatus.Rejected : Status, actor, now, comment);
    }

    /// <summary>Whether the window is over and no objection waits: the appointment may become active.</summary>
    public bool IsDueForActivation(DateOnly today) =>
        Status == FilingStatus.Announcing && PendingObjections == 0 && today > AnnouncementEnd;

    public void Activate(DateOnly today, DateTimeOffset now)
    {
        Require(IsDueForActivation(today), FilingAction.Activated);
        ActivatedOn = today;
        Record(FilingAction.Activated, FilingStatus.Active, Actor.System, now, null);
    }

    public void End(FilingEndReason reason, DateOnly endedOn, Actor actor, DateTimeOffset now, string? comment)
    {
        Require(Status == FilingStatus.Active, FilingAction.Ended);
        EndReason = reason;
        EndedOn = endedOn;
        Record(FilingAction.Ended, FilingStatus.Ended, actor, now, comment);
    }

    public void Revoke(Actor actor, DateOnly today, DateTimeOffset now, string comment)
    {
        Require(Status == FilingStatus.Active, FilingAction.Revoked);
        EndedOn = today;
        Record(FilingAction.Revoked, FilingStatus.Revoked, actor, now, comment);
    }

    /// <summary>
    /// The enterprise is deregistered: an active appointment ends, one being announced is revoked,
    /// and one not yet decided is withdrawn, so nothing is left to activate later.
    /// </summary>
    public void CloseForDeregistration(Actor actor, DateOnly today, DateTimeOffset now, string? comment)
    {
        switch (Status)
        {
            case FilingStatus.Active:
                End(FilingEndReason.EnterpriseDeregistered, today, actor, now, comment);
                break;
            case FilingStatus.Announcing:
                EndedOn = today;
                Record(FilingAction.Revoked, FilingStatus.Revoked, actor, now, comment);
                break;
            case FilingStatus.Draft or FilingStatus.Submitted or FilingStatus.UnderReview or FilingStatus.Returned:
                Record(FilingAction.Withdrawn, FilingStatus.Withdrawn, actor, now, comment);
                break;
        }
    }

    private void Apply(FilingDetails details)
    {
        PersonId = details.PersonId;
        AppointedBy = details.AppointedBy;
        AppointmentDate = details.AppointmentDate;
        TermEnd = details.TermEnd;
        TrainingCertificateNumber = details.TrainingCertificateNumber;
        WaiverReason = details.WaiverReason;
        Declarations = [.. details.Declarations];
        ReplacesFilingId = details.ReplacesFilingId;
    }

    private void Require(bool allowed, FilingAction action)
    {
        if (!allowed)
        {
            throw new ConflictException("registry.filing_state", new ErrorMessage("Registry:FilingStateForbids", new ErrorMessage($"FilingStatus:{Status}"), new ErrorMessage($"FilingAction:{action}")));
        }
    }

    private void Record(FilingAction action, FilingStatus to, Actor actor, DateTimeOffset now, string? comment)
    {
        _steps.Add(new FilingStep(_steps.Count + 1, action, Status, to, now, actor.UserId, actor.Name, comment));
        Status = to;
    }
}

/// <summary>What the enterprise fills in on a filing.</summary>
internal sealed record FilingDetails(
    Guid PersonId,
    AppointingBody AppointedBy,
    DateOnly AppointmentDate,
    DateOnly? TermEnd,
    string? TrainingCertificateNumber,
    string? WaiverReason,
    IReadOnlyList<string> Declarations,
    Guid? ReplacesFilingId);

/// <summary>Who acts: a user (name kept as it was then), the public, or the system's jobs.</summary>
internal sealed record Actor(Guid? UserId, string Name)
{
    public static readonly Actor Public = new(null, "public");

    public static readonly Actor System = new(null, "system");
}
