using Cqo.Certification.Contracts;

namespace Cqo.Oversight.Domain;

/// <summary>A continuing-education entry as oversight counts it: approved hours in the month they were completed.</summary>
internal sealed class LoggedCredit : Fact
{
    public LoggedCredit(Guid id) : base(id) { }

    private LoggedCredit() { }

    public Guid HolderKey { get; private set; }

    public CreditSource Source { get; private set; }

    public CreditStatus Status { get; private set; }

    public decimal Hours { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// <summary>The month the hours count in: set only once they are approved.</summary>
    public int? CountedMonth { get; private set; }

    public void Refresh(CreditFact fact)
    {
        EnterpriseId = fact.EnterpriseId;
        JurisdictionCode = fact.JurisdictionCode;
        ProviderId = fact.ProviderId;
        HolderKey = fact.PersonId ?? fact.HolderUserId ?? fact.Id;
        Source = fact.Source;
        Status = fact.Status;
        Hours = fact.Hours;
        CompletedOn = fact.CompletedOn;
        CountedMonth = fact.Status == CreditStatus.Approved ? Month.Of(fact.CompletedOn) : null;
    }
}
