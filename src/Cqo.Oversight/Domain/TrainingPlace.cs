using Cqo.Training.Contracts;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Domain;

/// <summary>An enrolment as oversight counts it: the trainee by key, the course's type, provider, end and hours, completion and pass.</summary>
internal sealed class TrainingPlace : Fact
{
    public TrainingPlace(Guid id) : base(id) { }

    private TrainingPlace() { }

    public Guid CourseId { get; private set; }

    public CourseType CourseType { get; private set; }

    /// <summary>Who the trainee is, for counting people once: their person record, else their account, else this enrolment.</summary>
    public Guid TraineeKey { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public DateOnly CourseEndsOn { get; private set; }

    public decimal CourseHours { get; private set; }

    /// <summary>The course's last month, when the trainee attended enough to be examined: when they count as trained.</summary>
    public int? TrainedMonth { get; private set; }

    public DateOnly? PassedOn { get; private set; }

    public int? PassedMonth { get; private set; }

    public void Refresh(EnrolmentFact fact)
    {
        EnterpriseId = fact.SponsorId;
        JurisdictionCode = fact.JurisdictionCode;
        CourseId = fact.CourseId;
        ProviderId = fact.ProviderId;
        CourseType = fact.CourseType;
        TraineeKey = fact.PersonId ?? fact.TraineeUserId ?? fact.Id;
        Status = fact.Status;
        AppliedOn = fact.AppliedAt.ToShanghaiDate();
        CourseEndsOn = fact.CourseEndsOn;
        CourseHours = fact.CourseHours;
        TrainedMonth = fact.Completed ? Month.Of(fact.CourseEndsOn) : null;
        PassedOn = fact.PassedOn;
        PassedMonth = Month.Of(fact.PassedOn);
    }
}
