using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>
/// A provider's course: its terms (editable while a draft), the syllabus modules it covers, its
/// sessions, and its life cycle (DOMAIN.md §4). Seen by its provider's accounts and city-wide
/// scopes; once published, the catalogue shows it to everyone who may enrol.
/// </summary>
internal sealed class Course : AggregateRoot, IDataScoped
{
    private readonly List<CourseModule> _modules = [];
    private readonly List<CourseSession> _sessions = [];

    public Course(Guid id, Guid providerId, CourseTerms terms)
        : base(id)
    {
        ProviderId = providerId;
        Apply(terms);
    }

    private Course() { }

    public Guid ProviderId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public CourseType Type { get; private set; }

    public CourseTier Tier { get; private set; }

    public CourseDelivery Delivery { get; private set; }

    public string SyllabusVersionCode { get; private set; } = "";

    public IReadOnlyList<CourseModule> Modules => _modules;

    public decimal TotalHours { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public DateOnly EnrolmentOpens { get; private set; }

    public DateOnly EnrolmentCloses { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Seats held by enrolments; changed only by <c>CourseSeats</c>, one transaction at a time.</summary>
    public int SeatsTaken { get; private set; }

    public DateOnly? ExamDate { get; private set; }

    public int PassMark { get; private set; }

    public int MinAttendancePercent { get; private set; }

    public int MaxAttempts { get; private set; }

    public CourseStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public IReadOnlyList<CourseSession> Sessions => _sessions;

    /// <summary>Each session's length, over which attendance is counted.</summary>
    public IReadOnlyList<SessionMinutes> SessionLengths => [.. _sessions.Select(s => new SessionMinutes(s.Id, s.Minutes))];

    public Guid? OrganisationId => ProviderId;

    public string? JurisdictionCode => null;

    public Guid? OwnerUserId => null;

    /// <summary>Sessions may be added, moved and removed until the course is over or cancelled.</summary>
    public bool IsSchedulable => Status is CourseStatus.Draft or CourseStatus.Published or CourseStatus.EnrolmentClosed or CourseStatus.InProgress;

    /// <summary>The states in which enrolments may still change (confirm, withdraw): until the course starts.</summary>
    public static readonly CourseStatus[] BeforeStartStatuses = [CourseStatus.Published, CourseStatus.EnrolmentClosed];

    /// <summary>The states in which attendance is taken: from the first session (which may come before enrolment is closed) until exams end.</summary>
    public static readonly CourseStatus[] AttendanceStatuses = [CourseStatus.Published, CourseStatus.EnrolmentClosed, CourseStatus.InProgress, CourseStatus.Examining];

    public bool IsBeforeStart => BeforeStartStatuses.Contains(Status);

    public bool IsAttendanceOpen => AttendanceStatuses.Contains(Status);

    public void Revise(CourseTerms terms)
    {
        Require(Status == CourseStatus.Draft, CourseStep.Revise);
        Apply(terms);
    }

    public CourseSession AddSession(Guid id, SessionSlot slot)
    {
        Require(IsSchedulable, CourseStep.Schedule);
        var session = new CourseSession(id, slot);
        _sessions.Add(session);
        return session;
    }

    public void RescheduleSession(Guid sessionId, SessionSlot slot)
    {
        Require(IsSchedulable, CourseStep.Schedule);
        FindSession(sessionId).Reschedule(slot);
    }

    /// <summary>Only from a draft: once published, enrollees signed up for every module's hours.</summary>
    public void RemoveSession(Guid sessionId)
    {
        Require(Status == CourseStatus.Draft, CourseStep.RemoveSession);
        _sessions.Remove(FindSession(sessionId));
    }

    public CourseSession FindSession(Guid sessionId) =>
        _sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("Session", sessionId);

    /// <summary>Publishing is checked by <c>CourseChecks</c> first; here only the state moves.</summary>
    public void Publish() => MoveTo(CourseStatus.Published, Status == CourseStatus.Draft, CourseStep.Publish);

    public void CloseEnrolment() => MoveTo(CourseStatus.EnrolmentClosed, Status == CourseStatus.Published, CourseStep.CloseEnrolment);

    public void Start() => MoveTo(CourseStatus.InProgress, Status is CourseStatus.Published or CourseStatus.EnrolmentClosed, CourseStep.Start);

    public void StartExams() => MoveTo(CourseStatus.Examining, Status == CourseStatus.InProgress, CourseStep.StartExams);

    public void Complete() => MoveTo(CourseStatus.Completed, Status is CourseStatus.InProgress or CourseStatus.Examining, CourseStep.Complete);

    public void Archive() => MoveTo(CourseStatus.Archived, Status is CourseStatus.Completed or CourseStatus.Cancelled, CourseStep.Archive);

    /// <summary>Any time before it starts, with a reason its enrollees are told.</summary>
    public void Cancel(string reason)
    {
        MoveTo(CourseStatus.Cancelled, Status is CourseStatus.Draft or CourseStatus.Published or CourseStatus.EnrolmentClosed, CourseStep.Cancel);
        CancelReason = reason;
    }

    public CourseDto ToDto(string providerName) => new(
        Id, ProviderId, providerName, Title, Description, Type, Tier, Delivery, SyllabusVersionCode,
        [.. _modules.Select(m => new CourseModuleDto(m.ModuleCode, m.Hours))], TotalHours,
        StartDate, EndDate, EnrolmentOpens, EnrolmentCloses, Capacity, SeatsTaken, ExamDate, PassMark, MinAttendancePercent, MaxAttempts,
        Status, CancelReason, [.. _sessions.OrderBy(s => s.StartsAt).Select(s => s.ToDto())], CreatedAt, ConcurrencyStamp);

    private void Apply(CourseTerms terms)
    {
        Title = terms.Title;
        Description = terms.Description;
        Type = terms.Type;
        Tier = terms.Tier;
        Delivery = terms.Delivery;
        SyllabusVersionCode = terms.SyllabusVersionCode;
        _modules.Clear();
        _modules.AddRange(terms.Modules.Select(m => new CourseModule(m.ModuleCode, m.Hours)));
        TotalHours = _modules.Sum(m => m.Hours);
        StartDate = terms.StartDate;
        EndDate = terms.EndDate;
        EnrolmentOpens = terms.EnrolmentOpens;
        EnrolmentCloses = terms.EnrolmentCloses;
        Capacity = terms.Capacity;
        ExamDate = terms.ExamDate;
        PassMark = terms.PassMark;
        MinAttendancePercent = terms.MinAttendancePercent;
        MaxAttempts = terms.MaxAttempts;
    }

    private void MoveTo(CourseStatus to, bool allowed, CourseStep step)
    {
        Require(allowed, step);
        Status = to;
    }

    private void Require(bool allowed, CourseStep step)
    {
        if (!allowed)
        {
            throw new ConflictException("training.course_state", new ErrorMessage(
                "Training:CourseStateForbids", new ErrorMessage($"CourseStatus:{Status}"), new ErrorMessage($"CourseStep:{step}")));
        }
    }
}

/// <summary>What was asked of a course, for the message when its state forbids it.</summary>
internal enum CourseStep
{
    Revise,
    Schedule,
    RemoveSession,
    Publish,
    CloseEnrolment,
    Start,
    StartExams,
    Complete,
    Archive,
    Cancel,
}
