using Cqo.SharedKernel.Events;

namespace Cqo.Certification.Contracts;

/// <summary>A certificate was issued or changed (published with every save, see <see cref="IAnnouncesChanges"/>).</summary>
public sealed record CertificateChanged(Guid CertificateId) : IIntegrationEvent
{
    public static string EventName => "certification.certificate-changed";
}

/// <summary>A continuing-education entry was logged or reviewed (published with every save).</summary>
public sealed record CreditEntryChanged(Guid CreditEntryId) : IIntegrationEvent
{
    public static string EventName => "certification.credit-entry-changed";
}

/// <summary>
/// A certificate's dates for figures. Expiry is read from <paramref name="ValidUntil"/>, never from
/// <paramref name="Status"/> (the status flips only when the midnight job reaches it). <paramref name="SuspendedOn"/> is
/// the current suspension's day (null when not suspended); <paramref name="RevokedOn"/> and
/// <paramref name="ReplacedOn"/> the day it stopped being valid otherwise. Shanghai calendar days.
/// </summary>
public sealed record CertificateFact(
    Guid Id,
    string Number,
    Guid? EnterpriseId,
    string? JurisdictionCode,
    Guid? ProviderId,
    Guid? PersonId,
    Guid? HolderUserId,
    CertificateOrigin Origin,
    CertificateStatus Status,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    DateOnly? SuspendedOn,
    DateOnly? RevokedOn,
    DateOnly? ReplacedOn) : IFact;

/// <summary>A continuing-education entry for figures: hours, day, source and review status; the holder by ids only.</summary>
public sealed record CreditFact(
    Guid Id,
    Guid? EnterpriseId,
    string? JurisdictionCode,
    Guid? ProviderId,
    Guid? PersonId,
    Guid? HolderUserId,
    CreditSource Source,
    CreditStatus Status,
    decimal Hours,
    DateOnly CompletedOn) : IFact;
