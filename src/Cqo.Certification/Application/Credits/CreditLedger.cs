using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Credits;

/// <summary>
/// The continuing-education ledger: an officer's hours (their own), their staff's (an enterprise),
/// those of a provider's courses or naming it, a jurisdiction's (a district regulator).
/// </summary>
internal sealed class CreditLedger(CertificationDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly SortMap<CreditEntry> s_sort = new SortMap<CreditEntry>("-completedOn", c => c.Id)
        .Add("completedOn", c => c.CompletedOn)
        .Add("createdAt", c => c.CreatedAt)
        .Add("hours", c => c.Hours)
        .Add("holderName", c => c.HolderName)
        .Add("status", c => c.Status);

    public Task<PagedResult<CreditDto>> ListAsync(CreditStatus? status, string? search, bool mine, PageRequest page, CancellationToken cancellationToken)
    {
        var credits = db.Credits.AsNoTracking();
        if (mine)
        {
            var me = user.UserId;
            credits = credits.Where(c => c.HolderUserId == me);
        }

        if (status is { } wanted)
        {
            credits = credits.Where(c => c.Status == wanted);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            credits = credits.Where(c => c.HolderName.StartsWith(term) || c.Title.Contains(term));
        }

        return credits.ToPageAsync(s_sort, page, c => c.ToDto(), cancellationToken);
    }

    /// <summary>Logs the caller's own external hours, pending review.</summary>
    public async Task<CreditDto> LogAsync(LogCreditRequest request, CancellationToken cancellationToken)
    {
        if (request.CompletedOn > clock.Today())
        {
            throw new FieldValidationException("completedOn", new ErrorMessage("Certification:CompletedInFuture", "completedOn"));
        }

        var userId = user.UserId ?? throw new BusinessRuleException("certification.account_required", new ErrorMessage("Certification:AccountRequired"));
        var scope = user.Scope;
        var enterprise = scope.Kind == ScopeKind.Individual ? scope.OrganisationId : null;
        var holder = new CertificateHolder(user.DisplayName ?? user.UserName ?? "", null, userId, null, enterprise, enterprise is null ? null : scope.JurisdictionCode);
        var entry = CreditEntry.Logged(Guid.CreateVersion7(), holder, request.Title.Trim(), request.Hours, request.CompletedOn, request.Evidence.Trim(), request.ProviderId);
        db.Credits.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }

    /// <summary>
    /// Approves or rejects logged hours. A provider reviews only hours that name it; regulators those
    /// in their scope. Nobody reviews their own.
    /// </summary>
    public async Task<CreditDto> ReviewAsync(Guid id, ReviewCreditRequest request, CancellationToken cancellationToken)
    {
        var entry = await db.Credits.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Credit", id);
        db.ExpectConcurrencyStamp(entry, request.ConcurrencyStamp);
        var scope = user.Scope;
        var reviewer = scope.SeesAll || scope.Kind == ScopeKind.DistrictRegulator
            || (scope.Kind == ScopeKind.TrainingProvider && entry.ProviderId == scope.OrganisationId);
        if (!reviewer || entry.HolderUserId == user.UserId)
        {
            throw new BusinessRuleException("certification.not_reviewer", new ErrorMessage("Certification:NotReviewer"));
        }

        entry.Review(request.Approve, request.Comment, clock.GetUtcNow(), Actor.Of(user));
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }

    /// <summary>Approved hours of the certificate's holder completed within its validity, past the scope filter (the caller saw the certificate).</summary>
    public async Task<decimal> HoursTowardsAsync(Certificate certificate, CancellationToken cancellationToken)
    {
        var (userId, personId, from, to) = (certificate.HolderUserId, certificate.PersonId, certificate.IssuedOn, certificate.ValidUntil ?? DateOnly.MaxValue);
        var hours = await db.Credits.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(c => c.Status == CreditStatus.Approved && c.CompletedOn >= from && c.CompletedOn <= to)
            .Where(c => (userId != null && c.HolderUserId == userId) || (personId != null && c.PersonId == personId))
            .Select(c => c.Hours).ToListAsync(cancellationToken); // summed here: SQLite cannot sum decimals
        return hours.Sum();
    }
}
