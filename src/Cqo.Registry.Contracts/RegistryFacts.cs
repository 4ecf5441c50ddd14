using Cqo.SharedKernel.Events;

namespace Cqo.Registry.Contracts;

/// <summary>An enterprise was registered or changed (published with every save, see <see cref="IAnnouncesChanges"/>).</summary>
public sealed record EnterpriseChanged(Guid EnterpriseId) : IIntegrationEvent
{
    public static string EventName => "registry.enterprise-changed";
}

/// <summary>A filing was created or changed (published with every save).</summary>
public sealed record FilingChanged(Guid FilingId) : IIntegrationEvent
{
    public static string EventName => "registry.filing-changed";
}

/// <summary>An enterprise's dimensions for figures: where, which industry, how big, its flags and awards. No personal data.</summary>
public sealed record EnterpriseFact(
    Guid Id,
    string Uscc,
    string Name,
    string DistrictCode,
    string? JurisdictionCode,
    string IndustryDivisionCode,
    EnterpriseScale Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    EnterpriseStatus Status,
    IReadOnlyList<QualityAwardDto> Awards) : IFact;

/// <summary>
/// A filing's milestones for figures. <paramref name="SubmittedAt"/> is the last submission and
/// <paramref name="DecidedAt"/> the approval or rejection that followed it (a return is not a
/// decision): the review time. Days are Shanghai calendar days.
/// </summary>
public sealed record FilingFact(
    Guid Id,
    Guid EnterpriseId,
    Guid PersonId,
    FilingStatus Status,
    string? JurisdictionCode,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ApprovedAt,
    DateOnly? ActivatedOn,
    DateOnly? EndedOn,
    FilingEndReason? EndReason) : IFact;
