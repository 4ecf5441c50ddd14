using Cqo.Certification.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;

namespace Cqo.Oversight.Application.Facts;

/// <summary>How one kind of record of another module becomes an oversight fact.</summary>
internal abstract class FactKind<TSource, TRow>
    where TSource : IFact
    where TRow : Fact
{
    public abstract TRow Create(Guid id);

    public abstract void Refresh(TRow row, TSource source);

    /// <summary>The enterprise whose dimensions the fact carries.</summary>
    public abstract Guid? EnterpriseOf(TSource source);
}

internal sealed class FilingFacts(WorkingCalendar calendar) : FactKind<FilingFact, FiledAppointment>
{
    public override FiledAppointment Create(Guid id) => new(id);

    public override void Refresh(FiledAppointment row, FilingFact source) => row.Refresh(source, calendar);

    public override Guid? EnterpriseOf(FilingFact source) => source.EnterpriseId;
}

internal sealed class EnrolmentFacts : FactKind<EnrolmentFact, TrainingPlace>
{
    public override TrainingPlace Create(Guid id) => new(id);

    public override void Refresh(TrainingPlace row, EnrolmentFact source) => row.Refresh(source);

    public override Guid? EnterpriseOf(EnrolmentFact source) => source.SponsorId;
}

internal sealed class CertificateFacts : FactKind<CertificateFact, HeldCertificate>
{
    public override HeldCertificate Create(Guid id) => new(id);

    public override void Refresh(HeldCertificate row, CertificateFact source) => row.Refresh(source);

    public override Guid? EnterpriseOf(CertificateFact source) => source.EnterpriseId;
}

internal sealed class CreditFacts : FactKind<CreditFact, LoggedCredit>
{
    public override LoggedCredit Create(Guid id) => new(id);

    public override void Refresh(LoggedCredit row, CreditFact source) => row.Refresh(source);

    public override Guid? EnterpriseOf(CreditFact source) => source.EnterpriseId;
}
