using Cqo.Certification.Contracts;
using FluentValidation;

namespace Cqo.Certification.Application.LifeCycle;

/// <summary>A step on one certificate: the stamp last read, why, and for a revocation on what evidence.</summary>
internal sealed record CertificateStepRequest(Guid ConcurrencyStamp, string Reason, string? Evidence = null);

internal sealed class CertificateStepValidator : AbstractValidator<CertificateStepRequest>
{
    public CertificateStepValidator()
    {
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CertificationLimits.ReasonMaxLength);
        RuleFor(x => x.Evidence).MaximumLength(CertificationLimits.EvidenceMaxLength);
    }
}

/// <summary>The municipal regulator issues a certificate by hand to a person in the registry, for a course or none.</summary>
internal sealed record IssueCertificateRequest(Guid PersonId, string Reason, Guid? CourseId = null, DateOnly? IssuedOn = null);

internal sealed class IssueCertificateValidator : AbstractValidator<IssueCertificateRequest>
{
    public IssueCertificateValidator()
    {
        RuleFor(x => x.PersonId).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(CertificationLimits.ReasonMaxLength);
    }
}
