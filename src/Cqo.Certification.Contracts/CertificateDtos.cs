namespace Cqo.Certification.Contracts;

/// <summary>A certificate as its holder, their enterprise, the provider or a regulator sees it; the ID number only masked.</summary>
public sealed record CertificateDto(
    Guid Id,
    string Number,
    CertificateStatus Status,
    CertificateOrigin Origin,
    string HolderName,
    string? IdNumberMasked,
    Guid? HolderUserId,
    Guid? PersonId,
    Guid? EnterpriseId,
    Guid? ProviderId,
    Guid? CourseId,
    string? CourseTitle,
    string IssuerName,
    string DistrictCode,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string? StatusReason,
    Guid? ReplacesId,
    string? ReplacesNumber,
    Guid? ReplacedById,
    string? ReplacedByNumber,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>One step of a certificate's history: what happened, when, why, on what evidence and by whom.</summary>
public sealed record CertificateChangeDto(
    CertificateChangeKind Kind, CertificateStatus Status, DateTimeOffset At, string? Reason, string? Evidence, string? ByName);

/// <summary>A certificate with its history.</summary>
public sealed record CertificateDetailDto(CertificateDto Certificate, IReadOnlyList<CertificateChangeDto> History);

/// <summary>
/// What anyone may learn of a certificate by its number: status, masked name, dates, issuer and
/// course, nothing else; <c>StatusOn</c> is its status at the end of <c>AsOf</c> (Asia/Shanghai).
/// </summary>
public sealed record PublicCertificateDto(
    string Number,
    CertificateStatus Status,
    string HolderName,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string IssuerName,
    string? CourseTitle,
    string? ReplacedByNumber,
    DateOnly AsOf,
    CertificateStatus? StatusOn);

/// <summary>
/// Continuing-education hours in the ledger: from a course passed here, or logged with evidence and reviewed;
/// <c>EvidenceFileName</c> names the attached document, if any (downloaded from <c>credits/{id}/evidence</c>).
/// </summary>
public sealed record CreditDto(
    Guid Id,
    CreditSource Source,
    CreditStatus Status,
    string HolderName,
    Guid? HolderUserId,
    string Title,
    decimal Hours,
    DateOnly CompletedOn,
    string? Evidence,
    string? EvidenceFileName,
    Guid? CourseId,
    Guid? ProviderId,
    string? ReviewComment,
    string? ReviewedByName,
    DateTimeOffset? ReviewedAt,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>
/// How far a certificate is towards renewal: approved hours within its validity against the rule,
/// and the window in which it may be renewed; <c>Blocker</c> says why not yet, when not eligible.
/// </summary>
public sealed record RenewalProgressDto(
    Guid CertificateId,
    decimal Hours,
    decimal RequiredHours,
    DateOnly? WindowOpens,
    DateOnly? WindowCloses,
    bool Eligible,
    string? Blocker);
