using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Auditing;

internal sealed class AuditTrail(PlatformDbContext db, AuditChainVerifier verifier) : IAuditTrail
{
    public IQueryable<AuditTrailRecord> Records =>
        db.EntityChanges.AsNoTracking().Select(c => new AuditTrailRecord
        {
            Kind = AuditRecordKind.Change,
            Id = c.Id,
            At = c.ChangedAt,
            UserId = c.ChangedBy,
            CorrelationId = c.CorrelationId,
            EntityType = c.EntityType,
            EntityKey = c.EntityKey,
            ChangeKind = c.Kind,
            Changes = c.Changes,
            Method = null,
            Path = null,
            StatusCode = null,
            DurationMs = null,
            IpAddress = null,
            UserAgent = null,
            ChainSequence = c.ChainSequence,
        }).Concat(db.RequestAudits.AsNoTracking().Select(r => new AuditTrailRecord
        {
            Kind = AuditRecordKind.Request,
            Id = r.Id,
            At = r.At,
            UserId = r.UserId,
            CorrelationId = r.CorrelationId,
            EntityType = null,
            EntityKey = null,
            ChangeKind = null,
            Changes = null,
            Method = r.Method,
            Path = r.Path,
            StatusCode = r.StatusCode,
            DurationMs = r.DurationMs,
            IpAddress = r.IpAddress,
            UserAgent = r.UserAgent,
            ChainSequence = r.ChainSequence,
        }));

    public Task<AuditChainVerificationDto?> LatestVerificationAsync(CancellationToken cancellationToken) => verifier.LatestAsync(cancellationToken);

    public Task<AuditChainVerificationDto> VerifyAsync(Guid? requestedBy, CancellationToken cancellationToken) => verifier.VerifyAsync(requestedBy, cancellationToken);
}
