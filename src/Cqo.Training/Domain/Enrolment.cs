using System.Linq.Expressions;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>
/// A trainee on a course (DOMAIN.md §4): applied, seated or waitlisted, attending, examined. It
/// belongs to the course's provider and to the sponsoring enterprise, and to the trainee's account.
/// Seats are counted on the course by <c>CourseSeats</c>; this class keeps the trainee's own state.
/// </summary>
internal sealed class Enrolment : AggregateRoot, IDataScoped, IAnnouncesChanges
{
    private readonly List<SessionAttendance> _attendance = [];
    private readonly List<ExamAttempt> _attempts = [];

    public Enrolment(Guid id, Guid courseId, Guid providerId, Trainee trainee, EnrolmentChannel channel)
        : base(id)
    {
        CourseId = courseId;
        ProviderId = providerId;
        SponsorId = trainee.SponsorId;
        JurisdictionCode = trainee.JurisdictionCode;
        TraineeUserId = trainee.UserId;
        PersonId = trainee.PersonId;
        TraineeName = trainee.Name;
        IdNumberMasked = trainee.IdNumberMasked;
        Channel = channel;
        Status = EnrolmentStatus.Applied;
    }

    private Enrolment() { }

    public Guid CourseId { get; private set; }

    public Guid ProviderId { get; private set; }

    /// <summary>The enterprise that sponsors the trainee and confirms the application; none for a private trainee.</summary>
    public Guid? SponsorId { get; private set; }

    /// <summary>The sponsor's regulator unit: district regulators see their enterprises' trainees.</summary>
    public string? JurisdictionCode { get; private set; }

    public Guid? TraineeUserId { get; private set; }

    /// <summary>The sponsor's staff record (registry), when the sponsor named it.</summary>
    public Guid? PersonId { get; private set; }

    public string TraineeName { get; private set; } = "";

    public string? IdNumberMasked { get; private set; }

    public EnrolmentChannel Channel { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    /// <summary>When the trainee joined the waitlist: the first to join gets the next freed seat.</summary>
    public DateTimeOffset? WaitlistedAt { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<SessionAttendance> Attendance => _attendance;

    public IReadOnlyList<ExamAttempt> Attempts => _attempts;

    public Guid? OrganisationId => ProviderId;

    public Guid? SecondOrganisationId => SponsorId;

    public Guid? OwnerUserId => TraineeUserId;

    public void AnnounceChange(IIntegrationEventSink events) => events.Publish(new EnrolmentChanged(Id));

    /// <summary>The states that occupy one of the course's seats: admitted and everything after.</summary>
    public static readonly EnrolmentStatus[] SeatedStatuses =
    [
        EnrolmentStatus.Admitted, EnrolmentStatus.Attending, EnrolmentStatus.NoShow, EnrolmentStatus.EligibleForExam,
        EnrolmentStatus.Incomplete, EnrolmentStatus.Passed, EnrolmentStatus.Failed, EnrolmentStatus.FailedFinal,
    ];

    public bool HoldsSeat => SeatedStatuses.Contains(Status);

    /// <summary>The states in which attendance may be taken: seated, and not yet examined.</summary>
    public static readonly EnrolmentStatus[] AttendableStatuses =
    [
        EnrolmentStatus.Admitted, EnrolmentStatus.Attending, EnrolmentStatus.NoShow, EnrolmentStatus.EligibleForExam, EnrolmentStatus.Incomplete,
    ];

    public bool IsAttendable => AttendableStatuses.Contains(Status);

    /// <summary>
    /// A withdrawn or rejected trainee may apply again; the same record is reused, with the trainee as
    /// they are now (another employer sponsors, or none).
    /// </summary>
    public void Reapply(Trainee trainee, EnrolmentChannel channel)
    {
        Require(Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Rejected, EnrolmentStep.Apply);
        SponsorId = trainee.SponsorId;
        JurisdictionCode = trainee.JurisdictionCode;
        TraineeUserId = trainee.UserId ?? TraineeUserId;
        PersonId = trainee.PersonId ?? PersonId;
        TraineeName = trainee.Name;
        IdNumberMasked = trainee.IdNumberMasked ?? IdNumberMasked;
        Channel = channel;
        Status = EnrolmentStatus.Applied;
        Reason = null;
        WaitlistedAt = null;
    }

    /// <summary>The sponsor's yes (or an application needing none): a seat if one was free, else the waitlist.</summary>
    public void Seat(bool seatTaken, DateTimeOffset now)
    {
        Require(Status == EnrolmentStatus.Applied, EnrolmentStep.Confirm);
        Status = seatTaken ? EnrolmentStatus.Admitted : EnrolmentStatus.Waitlisted;
        WaitlistedAt = seatTaken ? null : now;
    }

    /// <summary>The sponsor names which of its staff records the applicant is; the record's name is the one certificates carry.</summary>
    public void LinkPerson(Guid personId, string name, string? idNumberMasked)
    {
        PersonId = personId;
        TraineeName = name;
        IdNumberMasked = idNumberMasked ?? IdNumberMasked;
    }

    public void Reject(string reason)
    {
        Require(Status == EnrolmentStatus.Applied, EnrolmentStep.Reject);
        Status = EnrolmentStatus.Rejected;
        Reason = reason;
    }

    /// <summary>A freed seat goes to the first on the waitlist.</summary>
    public void AdmitFromWaitlist()
    {
        Require(Status == EnrolmentStatus.Waitlisted, EnrolmentStep.Admit);
        Status = EnrolmentStatus.Admitted;
        WaitlistedAt = null;
    }

    /// <summary>Withdraws before the course starts; the caller frees the seat when <see cref="HoldsSeat"/> was true.</summary>
    public void Withdraw(string? reason)
    {
        Require(Status is EnrolmentStatus.Applied or EnrolmentStatus.Admitted or EnrolmentStatus.Waitlisted, EnrolmentStep.Withdraw);
        Status = EnrolmentStatus.Withdrawn;
        Reason = reason;
        WaitlistedAt = null;
    }

    /// <summary>Admitted and never came: marked by the provider once the course is under way.</summary>
    public void MarkNoShow()
    {
        Require(Status == EnrolmentStatus.Admitted && _attendance.Count(a => a.Counts) == 0, EnrolmentStep.NoShow);
        Status = EnrolmentStatus.NoShow;
    }

    /// <summary>Sets (or corrects) the mark for a session. A first attendance makes the trainee attending.</summary>
    public void Mark(Guid sessionId, AttendanceMark mark, AttendanceSource source, DateTimeOffset now)
    {
        Require(IsAttendable, EnrolmentStep.Attend);
        var existing = _attendance.FirstOrDefault(a => a.SessionId == sessionId);
        if (existing is null)
        {
            _attendance.Add(new SessionAttendance(sessionId, mark, source, now));
        }
        else
        {
            existing.Set(mark, source, now);
        }

        if (Status is EnrolmentStatus.Admitted or EnrolmentStatus.NoShow && _attendance.Any(a => a.Counts))
        {
            Status = EnrolmentStatus.Attending;
        }
    }

    /// <summary>The minutes of the given sessions this trainee attended (present or late), as a share of their total.</summary>
    public decimal AttendancePercent(IReadOnlyCollection<SessionMinutes> sessions)
    {
        var total = sessions.Sum(s => s.Minutes);
        if (total == 0)
        {
            return 0;
        }

        var attended = sessions.Where(s => _attendance.Any(a => a.SessionId == s.SessionId && a.Counts)).Sum(s => s.Minutes);
        return Math.Round(attended * 100m / total, 1);
    }

    /// <summary>
    /// When exams start, and again while attendance is corrected before the first attempt: eligible
    /// with the minimum attendance, incomplete without; never attended at all is a no-show.
    /// </summary>
    public void DecideEligibility(decimal attendancePercent, int minimumPercent)
    {
        if (_attempts.Count > 0 || Status is not (EnrolmentStatus.Admitted or EnrolmentStatus.Attending or EnrolmentStatus.NoShow
            or EnrolmentStatus.EligibleForExam or EnrolmentStatus.Incomplete))
        {
            return;
        }

        Status = attendancePercent >= minimumPercent ? EnrolmentStatus.EligibleForExam
            : _attendance.Any(a => a.Counts) ? EnrolmentStatus.Incomplete
            : EnrolmentStatus.NoShow;
    }

    /// <summary>
    /// Records a score: corrects the attempt not yet published, or starts the next one (a retake after
    /// a published fail, within the course's attempt limit).
    /// </summary>
    public void RecordScore(decimal score, int maxAttempts, DateTimeOffset now)
    {
        var pending = _attempts.FirstOrDefault(a => !a.IsPublished);
        if (pending is not null)
        {
            pending.Correct(score, now);
            return;
        }

        Require(Status is EnrolmentStatus.EligibleForExam or EnrolmentStatus.Failed, EnrolmentStep.Examine);
        if (_attempts.Count >= maxAttempts)
        {
            throw new BusinessRuleException("training.attempts_used", new ErrorMessage("Training:AttemptsUsed", maxAttempts));
        }

        _attempts.Add(new ExamAttempt(_attempts.Count + 1, score, now));
    }

    /// <summary>Publishes the pending attempt's result; true when it is a pass (the caller announces it).</summary>
    public bool PublishResult(int passMark, int maxAttempts, DateTimeOffset now)
    {
        var pending = _attempts.FirstOrDefault(a => !a.IsPublished);
        if (pending is null)
        {
            return false;
        }

        pending.Publish(now);
        Status = pending.Score >= passMark ? EnrolmentStatus.Passed
            : pending.Number >= maxAttempts ? EnrolmentStatus.FailedFinal
            : EnrolmentStatus.Failed;
        return Status == EnrolmentStatus.Passed;
    }

    /// <summary>As its readers see it; unpublished attempts only to the provider that records them.</summary>
    public EnrolmentDto ToDto(EnrolledCourse course, bool withPendingAttempts, int? waitlistPosition) => new(
        Id, CourseId, course.Title, course.Status, course.StartDate, course.EndDate, ProviderId, SponsorId, TraineeUserId, PersonId,
        TraineeName, IdNumberMasked, Channel, Status, waitlistPosition, AttendancePercent(course.Sessions),
        [.. AttemptsFor(withPendingAttempts).Select(a => a.ToDto(course.PassMark))], Reason, CreatedAt, ConcurrencyStamp);

    public IEnumerable<ExamAttempt> AttemptsFor(bool withPending) => _attempts.Where(a => withPending || a.IsPublished).OrderBy(a => a.Number);

    private void Require(bool allowed, EnrolmentStep step)
    {
        if (!allowed)
        {
            throw new ConflictException("training.enrolment_state", new ErrorMessage(
                "Training:EnrolmentStateForbids", new ErrorMessage($"EnrolmentStatus:{Status}"), new ErrorMessage($"EnrolmentStep:{step}")));
        }
    }
}

/// <summary>What an enrolment shows of its course: the names and dates, the pass mark, the sessions' lengths.</summary>
internal sealed record EnrolledCourse(
    Guid CourseId, string Title, CourseStatus Status, DateOnly StartDate, DateOnly EndDate, int PassMark, IReadOnlyList<SessionMinutes> Sessions)
{
    /// <summary>The projection, for queries: EF reads these columns and the sessions' times, not the whole course.</summary>
    public static readonly Expression<Func<Course, EnrolledCourse>> Of = c => new EnrolledCourse(
        c.Id, c.Title, c.Status, c.StartDate, c.EndDate, c.PassMark, c.Sessions.Select(s => new SessionMinutes(s.Id, Slot.MinutesOf(s.StartsAt, s.EndsAt))).ToList());
}

/// <summary>A session's id and length: all the attendance ratio needs of it.</summary>
internal readonly record struct SessionMinutes(Guid SessionId, int Minutes);

/// <summary>Who is enrolled: the account, the sponsor's staff record, or both.</summary>
internal sealed record Trainee(Guid? UserId, Guid? PersonId, string Name, string? IdNumberMasked, Guid? SponsorId, string? JurisdictionCode);

/// <summary>What was asked of an enrolment, for the message when its state forbids it.</summary>
internal enum EnrolmentStep
{
    Apply,
    Confirm,
    Reject,
    Admit,
    Withdraw,
    NoShow,
    Attend,
    Examine,
}
