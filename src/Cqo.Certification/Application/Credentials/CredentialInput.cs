namespace Cqo.Certification.Application.Credentials;

/// <summary>What a signed credential states about one certificate.</summary>
/// <param name="Number">The certificate number, e.g. <c>SHCQO-2026-310115-000123</c>.</param>
/// <param name="HolderName">
/// Already masked: a credential travels anywhere and is never withdrawn, so it carries no more of
/// the name than public verification shows.
/// </param>
/// <param name="CertificateId">The certificate's id; the credential's id is <c>urn:uuid:</c> and it.</param>
/// <param name="CourseTitle">The course it attests, when known.</param>
/// <param name="IssuerName">The authority named as issuer.</param>
/// <param name="IssuedOn">The day of issue (Asia/Shanghai).</param>
/// <param name="ValidUntil">The last day of validity (Asia/Shanghai); none when certificates have no end.</param>
/// <param name="StatusListIndex">The certificate's bit in both status lists, revocation and suspension.</param>
/// <param name="BaseUrl">The platform's public base URL; every id in the credential hangs off it.</param>
internal sealed record CredentialInput(
    string Number,
    string HolderName,
    Guid CertificateId,
    string? CourseTitle,
    string IssuerName,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    int StatusListIndex,
    string BaseUrl);
