using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.LifeCycle;

/// <summary>
/// Regulators' steps on a certificate: suspend and reinstate (district and municipal), revoke and
/// re-issue (municipal). Each checks the stamp the caller read and is kept in the history.
/// </summary>
internal sealed class CertificateSteps(
    CertificationDbContext db, CertificateIssuer issuer, CertificateQueries queries, ICurrentUser user, TimeProvider clock)
{
    public Task<CertificateDetailDto> SuspendAsync(Guid id, CertificateStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, (c, at, by) => c.Suspend(request.Reason, at, by), cancellationToken);

    public Task<CertificateDetailDto> ReinstateAsync(Guid id, CertificateStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, (c, at, by) => c.Reinstate(request.Reason, at, by), cancellationToken);

    public Task<CertificateDetailDto> RevokeAsync(Guid id, CertificateStepRequest request, CancellationToken cancellationToken) =>
        StepAsync(id, request, (c, at, by) => c.Revoke(request.Reason, request.Evidence, at, by), cancellationToken);

    /// <summary>A lost or corrected certificate gets a new number of this year; the old one points to it. Validity is unchanged.</summary>
    public async Task<CertificateDetailDto> ReissueAsync(Guid id, CertificateStepRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var successor = await issuer.SucceedAsync(id, request.ConcurrencyStamp, CertificateChangeKind.Replaced, request.Reason, Actor, now,
            old => Task.FromResult(new CertificateTerms(now.ToShanghaiDate(), old.ValidUntil, CertificateOrigin.Reissue, old.Id, request.Reason)),
            cancellationToken);
        return await queries.GetAsync(successor.Id, cancellationToken);
    }

    private Actor Actor => Actor.Of(user);

    private async Task<CertificateDetailDto> StepAsync(
        Guid id, CertificateStepRequest request, Action<Certificate, DateTimeOffset, Actor> step, CancellationToken cancellationToken)
    {
        var certificate = await LoadAsync(id, request.ConcurrencyStamp, cancellationToken);
        step(certificate, clock.GetUtcNow(), Actor);
        await db.SaveChangesAsync(cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    private async Task<Certificate> LoadAsync(Guid id, Guid stamp, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Certificate", id);
        db.ExpectConcurrencyStamp(certificate, stamp);
        return certificate;
    }
}
