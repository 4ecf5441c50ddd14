using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Filings;

/// <summary>One filing as its enterprise and reviewers see it, with names, documents and history.</summary>
internal sealed class FilingReader(RegistryDbContext db)
{
    public async Task<FilingDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Filings.AsNoTracking()
            .Where(f => f.Id == id)
            .Join(db.Enterprises, f => f.EnterpriseId, e => e.Id, (f, e) => new { Filing = f, Enterprise = e })
            .Join(db.People, x => x.Filing.PersonId, p => p.Id, (x, p) => new { x.Filing, x.Enterprise, Person = p })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Filing", id);
        var (f, e, p) = (row.Filing, row.Enterprise, row.Person);
        return new FilingDto(
            f.Id, e.Id, e.Name, e.Uscc, f.JurisdictionCode!, p.Id, p.Name, p.IdNumberMasked, f.AppointedBy, f.AppointmentDate, f.TermEnd,
            f.TrainingCertificateNumber, f.WaiverReason, f.Declarations, f.Letter?.ToDto(), f.ReplacesFilingId, f.Status, f.SubmittedAt,
            f.AnnouncementStart, f.AnnouncementEnd, f.ActivatedOn, f.EndedOn, f.EndReason,
            [.. f.Steps.OrderBy(s => s.Sequence).Select(s => s.ToDto())],
            [.. f.Objections.OrderBy(o => o.LodgedAt).Select(o => o.ToDto())],
            f.ConcurrencyStamp);
    }
}
