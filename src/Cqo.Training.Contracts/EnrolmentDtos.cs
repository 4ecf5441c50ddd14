namespace Cqo.Training.Contracts;

/// <summary>
/// An enrolment as its trainee, sponsor, provider or regulator sees it. The ID number is only ever
/// masked; exam attempts are listed once published, except to the provider that records them.
/// </summary>
public sealed record EnrolmentDto(
    Guid Id,
    Guid CourseId,
    string CourseTitle,
    CourseStatus CourseStatus,
    DateOnly CourseStartDate,
    DateOnly CourseEndDate,
    Guid ProviderId,
    Guid? SponsorId,
    Guid? TraineeUserId,
    Guid? PersonId,
    string TraineeName,
    string? IdNumberMasked,
    EnrolmentChannel Channel,
    EnrolmentStatus Status,
    int? WaitlistPosition,
    decimal AttendancePercent,
    IReadOnlyList<ExamAttemptDto> Attempts,
    string? Reason,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>One sitting of a course's exam; <c>Passed</c> against the course's pass mark.</summary>
public sealed record ExamAttemptDto(int Number, decimal Score, bool Passed, bool Published, DateTimeOffset RecordedAt);

/// <summary>A course's attendance grid: its sessions as columns, its seated trainees as rows.</summary>
public sealed record AttendanceGridDto(Guid CourseId, IReadOnlyList<SessionDto> Sessions, IReadOnlyList<AttendanceRowDto> Rows);

/// <summary>One trainee's marks by session id, and the share of the course's minutes attended.</summary>
public sealed record AttendanceRowDto(
    Guid EnrolmentId, string TraineeName, string? IdNumberMasked, EnrolmentStatus Status,
    IReadOnlyDictionary<Guid, AttendanceMark> Marks, decimal AttendancePercent, IReadOnlyList<ExamAttemptDto> Attempts);

/// <summary>The code trainees type to check in to a session, and until when it is accepted.</summary>
public sealed record CheckInCodeDto(Guid SessionId, string Code, DateTimeOffset ValidUntil);
