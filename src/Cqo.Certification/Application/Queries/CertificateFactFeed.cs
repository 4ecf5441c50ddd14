using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Queries;

/// <summary>
/// Certificates as oversight copies them, read as the system. The day a certificate was suspended,
/// revoked or replaced is the day of the last step of its history that left it in its current status.
/// A certificate renewed after it expired stays expired: it stopped being valid by its date, and has
/// no day of replacement.
/// </summary>
internal sealed class CertificateFactFeed(CertificationDbContext db) : IFactFeed<CertificateFact>
{
    public Task<IReadOnlyList<CertificateFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        FactFeedQueries.FindInChunksAsync(ids, chunk => ReadAsync(Certificates().Where(c => chunk.Contains(c.Id)), cancellationToken));

    public async Task<IReadOnlyList<CertificateFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken) =>
        await ReadAsync(Certificates().After(afterId).OrderBy(c => c.Id).Take(take), cancellationToken);

    private IQueryable<Certificate> Certificates() => db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).AsNoTracking();

    private static async Task<List<CertificateFact>> ReadAsync(IQueryable<Certificate> certificates, CancellationToken cancellationToken)
    {
        var rows = await certificates.Select(c => new Row(
            c.Id, c.Number, c.EnterpriseId, c.JurisdictionCode, c.ProviderId, c.PersonId, c.HolderUserId, c.Origin, c.Status, c.IssuedOn, c.ValidUntil,
            c.History.Where(h => h.Status == c.Status).OrderByDescending(h => h.At).ThenByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.At).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToFact())];
    }

    /// <summary>A certificate's columns, and since when it has been in its current status.</summary>
    private sealed record Row(
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
        DateTimeOffset? StatusSince)
    {
        public CertificateFact ToFact() => new(
            Id, Number, EnterpriseId, JurisdictionCode, ProviderId, PersonId, HolderUserId, Origin, Status, IssuedOn, ValidUntil,
            DayIf(CertificateStatus.Suspended), DayIf(CertificateStatus.Revoked), DayIf(CertificateStatus.Replaced));

        private DateOnly? DayIf(CertificateStatus status) => Status == status ? StatusSince?.ToShanghaiDate() : null;
    }
}
