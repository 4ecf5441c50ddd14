namespace Cqo.Training.Contracts;

/// <summary>A course with its syllabus modules and its sessions.</summary>
public sealed record CourseDto(
    Guid Id,
    Guid ProviderId,
    string ProviderName,
    string Title,
    string? Description,
    CourseType Type,
    CourseTier Tier,
    CourseDelivery Delivery,
    string SyllabusVersionCode,
    IReadOnlyList<CourseModuleDto> Modules,
    decimal TotalHours,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentOpens,
    DateOnly EnrolmentCloses,
    int Capacity,
    int SeatsTaken,
    DateOnly? ExamDate,
    int PassMark,
    int MinAttendancePercent,
    int MaxAttempts,
    CourseStatus Status,
    string? CancelReason,
    IReadOnlyList<SessionDto> Sessions,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>A syllabus module the course covers, with the hours it gives it.</summary>
public sealed record CourseModuleDto(string ModuleCode, decimal Hours);

/// <summary>
/// A course as the catalogue lists it: what an officer needs to choose one.
/// </summary>
public sealed record CourseListItemDto(
    Guid Id,
    Guid ProviderId,
    string ProviderName,
    string Title,
    CourseType Type,
    CourseTier Tier,
    CourseDelivery Delivery,
    decimal TotalHours,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentCloses,
    int Capacity,
    int SeatsTaken,
    CourseStatus Status);

/// <summary>A session: one module taught by one trainer on one day, on site or online.</summary>
public sealed record SessionDto(
    Guid Id,
    DateOnly Date,
    TimeOnly StartTime,
    TimeOnly EndTime,
    string ModuleCode,
    Guid TrainerId,
    string? Venue,
    string? OnlineLink,
    int Sequence);
