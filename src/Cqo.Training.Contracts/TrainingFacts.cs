using Cqo.SharedKernel.Events;

namespace Cqo.Training.Contracts;

/// <summary>An enrolment was created or changed (published with every save, see <see cref="IAnnouncesChanges"/>).</summary>
public sealed record EnrolmentChanged(Guid EnrolmentId) : IIntegrationEvent
{
    public static string EventName => "training.enrolment-changed";
}

/// <summary>
/// An enrolment's state for figures, with its course's type, dates and hours. The trainee is known by
/// ids only (person, else account). <paramref name="Completed"/>: the trainee attended enough to be
/// examined (eligible, passed, failed, failed finally). Days are Shanghai calendar days.
/// </summary>
public sealed record EnrolmentFact(
    Guid Id,
    Guid CourseId,
    Guid ProviderId,
    CourseType CourseType,
    Guid? SponsorId,
    string? JurisdictionCode,
    Guid? PersonId,
    Guid? TraineeUserId,
    EnrolmentStatus Status,
    bool Completed,
    DateTimeOffset AppliedAt,
    DateOnly CourseStartsOn,
    DateOnly CourseEndsOn,
    decimal CourseHours,
    DateOnly? PassedOn) : IFact;
