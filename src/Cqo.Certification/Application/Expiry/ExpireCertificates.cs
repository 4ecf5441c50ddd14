using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cqo.Certification.Application.Expiry;

/// <summary>
/// Flips certificates whose last day of validity has passed to expired, at midnight Asia/Shanghai,
/// in batches. Run twice, or on two hosts at once, it flips each certificate once: a batch that meets
/// a certificate changed meanwhile is redone one certificate at a time, each read afresh.
/// </summary>
internal sealed class ExpireCertificates(CertificationDbContext db, TimeProvider clock, ILogger<ExpireCertificates> logger)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = now.ToShanghaiDate();
        var expired = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var batch = await Due(today).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return expired;
            }

            var flipped = batch.Count(c => c.Expire(today, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired += flipped;
            }
            catch (DbUpdateConcurrencyException)
            {
                expired += await OneByOneAsync([.. batch.Select(c => c.Id)], today, now, cancellationToken);
            }
        }
    }

    private IQueryable<Certificate> Due(DateOnly today) =>
        db.Certificates.Where(c => (c.Status == CertificateStatus.Valid || c.Status == CertificateStatus.Suspended) && c.ValidUntil < today)
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.Id);

    private async Task<int> OneByOneAsync(List<Guid> ids, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var certificate = await db.Certificates.FirstAsync(c => c.Id == id, cancellationToken);
            if (!certificate.Expire(today, now))
            {
                continue; // expired, revoked or replaced meanwhile
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException e)
            {
                // Changed again between the read and the save: the next run looks at it afresh.
                logger.LogWarning(e, "Certificate {CertificateId} changed while it expired; the next run takes it up again", id);
                throw;
            }
        }

        return expired;
    }
}
