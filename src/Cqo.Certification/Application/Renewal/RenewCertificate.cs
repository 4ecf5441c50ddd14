using Cqo.Certification.Application.Credits;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Application.Queries;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Renewal;

/// <summary>
/// Renewal with continuing-education hours: the holder (or the municipal regulator for them) asks
/// within the window once the hours are there; a new certificate, numbered this year, runs on from
/// the old last day, and the old one points to it.
/// </summary>
internal sealed class RenewCertificate(
    CertificationDbContext db,
    CertificateIssuer issuer,
    CertificateQueries queries,
    CreditLedger ledger,
    IOptions<CertificationOptions> options,
    ICurrentUser user,
    IStringLocalizer texts,
    TimeProvider clock)
{
    private RenewalRule Rule => options.Value.Renewal;

    public async Task<RenewalProgressDto> ProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Certificate", id);
        var hours = await ledger.HoursTowardsAsync(certificate, cancellationToken);
        var window = Rule.Window(certificate);
        var blocker = Rule.Blocker(certificate, hours, clock.Today());
        return new RenewalProgressDto(id, hours, Rule.RequiredHours, window?.Opens, window?.Closes, blocker is null, blocker is null ? null : texts.Localize(blocker));
    }

    public async Task<CertificateDetailDto> RenewAsync(Guid id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = now.ToShanghaiDate();
        var renewed = await issuer.SucceedAsync(id, concurrencyStamp, CertificateChangeKind.Renewed, null, Actor.Of(user), now, async old =>
        {
            if (!user.Scope.SeesAll && old.HolderUserId != user.UserId)
            {
                throw new BusinessRuleException("certification.not_holder", new ErrorMessage("Certification:NotHolder"));
            }

            var hours = await ledger.HoursTowardsAsync(old, cancellationToken);
            return Rule.Blocker(old, hours, today) is { } blocker
                ? throw new BusinessRuleException("certification.renewal_refused", blocker)
                : new CertificateTerms(today, options.Value.ValidUntil(old.ValidUntil!.Value.AddDays(1)), CertificateOrigin.Renewal, old.Id);
        }, cancellationToken);
        return await queries.GetAsync(renewed.Id, cancellationToken);
    }
}
