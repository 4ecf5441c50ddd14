using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>What a provider decides about a course while it is a draft.</summary>
internal sealed record CourseTerms(
    string Title,
    string? Description,
    CourseType Type,
    CourseTier Tier,
    CourseDelivery Delivery,
    string SyllabusVersionCode,
    IReadOnlyList<CourseModuleDto> Modules,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly EnrolmentOpens,
    DateOnly EnrolmentCloses,
    int Capacity,
    DateOnly? ExamDate,
    int PassMark,
    int MinAttendancePercent,
    int MaxAttempts);
