using System.Linq.Expressions;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Queries;

/// <summary>Filters of a certificate list; <c>Mine</c> keeps the caller's own.</summary>
internal sealed record CertificateFilter(
    CertificateStatus? Status = null,
    string? Search = null,
    Guid? CourseId = null,
    Guid? EnterpriseId = null,
    string? DistrictCode = null,
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    bool Mine = false);

/// <summary>
/// Certificates as the scope filter shows them: an officer their own, an enterprise its staff's, a
/// provider its courses', a district regulator its jurisdiction's, city-wide scopes all.
/// </summary>
internal sealed class CertificateQueries(CertificationDbContext db, ICurrentUser user)
{
    private static readonly SortMap<Certificate> s_sort = new SortMap<Certificate>("-issuedOn", c => c.Id)
        .Add("issuedOn", c => c.IssuedOn)
        .Add("validUntil", c => c.ValidUntil)
        .Add("number", c => c.Number)
        .Add("holderName", c => c.HolderName)
        .Add("status", c => c.Status);

    public Task<PagedResult<CertificateDto>> ListAsync(CertificateFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Filtered(filter).ToPageAsync(s_sort, page, ToDto(db), cancellationToken);

    /// <summary>The certificates in scope that pass <paramref name="filter"/>, unsorted.</summary>
    public IQueryable<Certificate> Filtered(CertificateFilter filter) => Filter(db.Certificates.AsNoTracking(), filter);

    public async Task<CertificateDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.Id == id).Select(ToDto(db)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Certificate", id);
        var history = await db.Certificates.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.History)
            .OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        return new CertificateDetailDto(certificate, [.. history.Select(h => h.ToDto())]);
    }

    private static Expression<Func<Certificate, CertificateDto>> ToDto(CertificationDbContext db) => c => new CertificateDto(
        c.Id, c.Number, c.Status, c.Origin, c.HolderName, c.IdNumberMasked, c.HolderUserId, c.PersonId, c.EnterpriseId, c.ProviderId,
        c.CourseId, c.CourseTitle, c.IssuerName, c.DistrictCode, c.IssuedOn, c.ValidUntil, c.StatusReason,
        c.ReplacesId, db.Certificates.Where(r => r.Id == c.ReplacesId).Select(r => r.Number).FirstOrDefault(),
        c.ReplacedById, db.Certificates.Where(r => r.Id == c.ReplacedById).Select(r => r.Number).FirstOrDefault(),
        c.CreatedAt, c.ConcurrencyStamp);

    private IQueryable<Certificate> Filter(IQueryable<Certificate> certificates, CertificateFilter filter)
    {
        if (filter.Mine)
        {
            var me = user.UserId;
            certificates = certificates.Where(c => c.HolderUserId == me);
        }

        if (filter.Status is { } status)
        {
            certificates = certificates.Where(c => c.Status == status);
        }

        if (filter.CourseId is { } course)
        {
            certificates = certificates.Where(c => c.CourseId == course);
        }

        if (filter.EnterpriseId is { } enterprise)
        {
            certificates = certificates.Where(c => c.EnterpriseId == enterprise);
        }

        if (!string.IsNullOrWhiteSpace(filter.DistrictCode))
        {
            certificates = certificates.Where(c => c.DistrictCode == filter.DistrictCode);
        }

        if (filter.IssuedFrom is { } from)
        {
            certificates = certificates.Where(c => c.IssuedOn >= from);
        }

        if (filter.IssuedTo is { } to)
        {
            certificates = certificates.Where(c => c.IssuedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // A number or its start (SHCQO-2026-310115-…), else the start of the holder's name.
            var term = filter.Search.Trim();
            var number = term.ToUpperInvariant();
            certificates = number.StartsWith(CertificateNumber.Prefix, StringComparison.Ordinal)
                ? certificates.Where(c => c.Number.StartsWith(number))
                : certificates.Where(c => c.HolderName.StartsWith(term));
        }

        return certificates;
    }
}
