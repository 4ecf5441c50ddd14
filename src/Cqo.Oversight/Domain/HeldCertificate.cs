using Cqo.Certification.Contracts;

namespace Cqo.Oversight.Domain;

/// <summary>
/// A certificate as oversight counts it. <see cref="InvalidFrom"/> is the first day it is no longer
/// valid, whichever came first: the day after it expires, its revocation, replacement or current
/// suspension. So "valid at the end of a month" is issued by then and not yet invalid.
/// </summary>
internal sealed class HeldCertificate : Fact
{
    public HeldCertificate(Guid id) : base(id) { }

    private HeldCertificate() { }

    public string Number { get; private set; } = "";

    public Guid HolderKey { get; private set; }

    public CertificateOrigin Origin { get; private set; }

    public CertificateStatus Status { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public int IssuedMonth { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public DateOnly? InvalidFrom { get; private set; }

    public int? InvalidMonth { get; private set; }

    /// <summary>The month it expired, when expiry (not revocation, replacement or suspension) ended it.</summary>
    public int? ExpiredMonth { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public int? RevokedMonth { get; private set; }

    public void Refresh(CertificateFact fact)
    {
        EnterpriseId = fact.EnterpriseId;
        JurisdictionCode = fact.JurisdictionCode;
        Number = fact.Number;
        ProviderId = fact.ProviderId;
        HolderKey = fact.PersonId ?? fact.HolderUserId ?? fact.Id;
        Origin = fact.Origin;
        Status = fact.Status;
        IssuedOn = fact.IssuedOn;
        IssuedMonth = Month.Of(fact.IssuedOn);
        ValidUntil = fact.ValidUntil;
        var expiresFrom = fact.ValidUntil?.AddDays(1);
        DateOnly?[] ends = [expiresFrom, fact.RevokedOn, fact.ReplacedOn, fact.SuspendedOn];
        InvalidFrom = ends.Where(d => d is not null).Min();
        InvalidMonth = Month.Of(InvalidFrom);
        ExpiredMonth = expiresFrom is { } expired && expired == InvalidFrom ? Month.Of(expired) : null;
        RevokedOn = fact.RevokedOn;
        RevokedMonth = Month.Of(fact.RevokedOn);
    }
}
