namespace Cqo.Benchmarks.Training;

/// <summary>One row of <c>training."Providers"</c>; enums as the names EF Core stores.</summary>
internal sealed record ProviderRow(
    Guid Id, string Uscc, string Name, string DistrictCode, string Address, string ContactName, string ContactPhone,
    string? ContactEmail, string Status, DateTimeOffset? ReviewedAt, DateTimeOffset CreatedAt);

/// <summary>One row of <c>training."Trainers"</c>.</summary>
internal sealed record TrainerRow(Guid Id, Guid ProviderId, string Name, string Title, bool Active, DateTimeOffset CreatedAt);

/// <summary>One row of <c>training."CourseModules"</c> (its id is an identity column).</summary>
internal sealed record ModuleRow(string ModuleCode, decimal Hours);

/// <summary>One row of <c>training."CourseSessions"</c>.</summary>
internal sealed record SessionRow(
    Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string ModuleCode, Guid TrainerId, string? Venue, string? OnlineLink, string CheckInSecret);

/// <summary>
/// One row of <c>training."Courses"</c> with its modules and sessions, and how many enrolments of each status it
/// gets (<see cref="SeatsTaken"/> is the sum of the seated ones).
/// </summary>
internal sealed record CourseRow(
    Guid Id,
    Guid ProviderId,
    string Title,
    string Description,
    string Type,
    string Tier,
    string Delivery,
    decimal TotalHours,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentOpens,
    DateOnly EnrolmentCloses,
    int Capacity,
    DateOnly? ExamDate,
    string Status,
    string? CancelReason,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ModuleRow> Modules,
    IReadOnlyList<SessionRow> Sessions)
{
    /// <summary>Enrolments to generate, by status name; set once the course's share of the total is known.</summary>
    public IReadOnlyList<(string Status, int Count)> Enrolments { get; set; } = [];

    public int SeatsTaken => Enrolments.Where(e => EnrolmentStatuses.Seated.Contains(e.Status)).Sum(e => e.Count);
}

/// <summary>One row of <c>training."Enrolments"</c>.</summary>
internal sealed record EnrolmentRow(
    Guid Id,
    Guid CourseId,
    Guid ProviderId,
    Guid? SponsorId,
    string? JurisdictionCode,
    Guid? TraineeUserId,
    Guid? PersonId,
    string TraineeName,
    string? IdNumberMasked,
    string Channel,
    string Status,
    DateTimeOffset? WaitlistedAt,
    string? Reason,
    DateTimeOffset CreatedAt);

/// <summary>The enrolment statuses that hold a seat (the domain's <c>Enrolment.SeatedStatuses</c>), as stored.</summary>
internal static class EnrolmentStatuses
{
    public static readonly string[] Seated =
        ["Admitted", "Attending", "NoShow", "EligibleForExam", "Incomplete", "Passed", "Failed", "FailedFinal"];
}
