using Cqo.Certification.Contracts;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// What a printed certificate shows. <c>ValidUntil</c> is the last day of validity, null when the
/// certificate has no end; <c>VerificationUrl</c> is the absolute address of the public check that the
/// QR code carries. The status is printed too, so a copy printed after a revocation or suspension
/// says so instead of passing for a valid one.
/// </summary>
internal sealed record CertificateDocument(
    string Number,
    string HolderName,
    string? IdNumberMasked,
    string? CourseTitle,
    string IssuerName,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    CertificateStatus Status,
    string VerificationUrl);
