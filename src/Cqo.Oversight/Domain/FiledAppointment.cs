using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Domain;

/// <summary>A CQO appointment filing as oversight counts it: its milestones' days and months, and its review time.</summary>
internal sealed class FiledAppointment : Fact
{
    public FiledAppointment(Guid id) : base(id) { }

    private FiledAppointment() { }

    public FilingStatus Status { get; private set; }

    public DateOnly? ApprovedOn { get; private set; }

    public int? ApprovedMonth { get; private set; }

    public DateOnly? ActivatedOn { get; private set; }

    public int? ActivatedMonth { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public int? EndedMonth { get; private set; }

    public FilingEndReason? EndReason { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public int? DecidedMonth { get; private set; }

    /// <summary>Working days from the last submission to the approval or rejection.</summary>
    public int? ReviewWorkingDays { get; private set; }

    public void Refresh(FilingFact fact, WorkingCalendar calendar)
    {
        EnterpriseId = fact.EnterpriseId;
        JurisdictionCode = fact.JurisdictionCode;
        Status = fact.Status;
        ApprovedOn = fact.ApprovedAt?.ToShanghaiDate();
        ApprovedMonth = Month.Of(ApprovedOn);
        ActivatedOn = fact.ActivatedOn;
        ActivatedMonth = Month.Of(fact.ActivatedOn);
        EndedOn = fact.EndedOn;
        EndedMonth = Month.Of(fact.EndedOn);
        EndReason = fact.EndReason;
        DecidedOn = fact.DecidedAt?.ToShanghaiDate();
        DecidedMonth = Month.Of(DecidedOn);
        ReviewWorkingDays = fact.SubmittedAt is { } submitted && DecidedOn is { } decided
            ? calendar.WorkingDaysBetween(submitted.ToShanghaiDate(), decided)
            : null;
    }
}
