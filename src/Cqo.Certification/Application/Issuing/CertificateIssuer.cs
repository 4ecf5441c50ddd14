using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Certification.Application.Issuing;

/// <summary>
/// Gives certificates their numbers. The sequence row of the year and district is incremented inside
/// the transaction that inserts the certificate (call it before changing anything else), so the row stays locked until the commit (on SQLite,
/// the write lock) and a rolled-back issue gives its number back: numbers are unique and gap-free
/// under any concurrency (ADR 14).
/// </summary>
internal sealed class CertificateIssuer(CertificationDbContext db)
{
    /// <summary>
    /// Runs <paramref name="issue"/> in a transaction, handing it a way to take the next number (and status-list position) of
    /// <paramref name="year"/> and <paramref name="districtCode"/>; saves and commits what it added.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(int year, string districtCode, Func<Func<Task<CertificateSlot>>, Task<T>> issue, CancellationToken cancellationToken)
    {
        await EnsureSequenceAsync(year, districtCode, cancellationToken);
        await EnsureSequenceAsync(NumberSequence.StatusList.Year, NumberSequence.StatusList.DistrictCode, cancellationToken);
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await issue(() => NextAsync(year, districtCode, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Issues a successor to certificate <paramref name="id"/> (re-issue, renewal) under a new number of this year in its
    /// district: the old certificate is read in the transaction against the stamp the caller read, <paramref name="termsFor"/>
    /// checks it and gives the new terms (or throws), and the old one is replaced by the new. Returns the new certificate.
    /// </summary>
    public async Task<Certificate> SucceedAsync(
        Guid id, Guid concurrencyStamp, CertificateChangeKind kind, string? reason, Actor by, DateTimeOffset now,
        Func<Certificate, Task<CertificateTerms>> termsFor, CancellationToken cancellationToken)
    {
        var district = await db.Certificates.Where(c => c.Id == id).Select(c => c.DistrictCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Certificate", id);
        return await InTransactionAsync(now.ToShanghaiDate().Year, district, async next =>
        {
            var old = await db.Certificates.FirstAsync(c => c.Id == id, cancellationToken);
            db.ExpectConcurrencyStamp(old, concurrencyStamp);
            var successor = new Certificate(Guid.CreateVersion7(), await next(), old.Holder, old.CourseForSuccessor, await termsFor(old), now, by);
            old.ReplaceWith(successor, kind, reason, now, by);
            db.Certificates.Add(successor);
            return successor;
        }, cancellationToken);
    }

    private async Task<CertificateSlot> NextAsync(int year, string districtCode, CancellationToken cancellationToken)
    {
        var number = new CertificateNumber(year, districtCode, await IncrementAsync(year, districtCode, cancellationToken));
        var (listYear, listKey) = NumberSequence.StatusList;
        return new CertificateSlot(number, await IncrementAsync(listYear, listKey, cancellationToken) - 1);
    }

    private async Task<int> IncrementAsync(int year, string districtCode, CancellationToken cancellationToken)
    {
        var sequence = db.NumberSequences.Where(s => s.Year == year && s.DistrictCode == districtCode);
        await sequence.ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);
        return await sequence.Select(s => s.Last).SingleAsync(cancellationToken);
    }

    /// <summary>The first certificate of a year and district creates its sequence row, outside the issuing transaction; of two, one wins.</summary>
    private async Task EnsureSequenceAsync(int year, string districtCode, CancellationToken cancellationToken)
    {
        if (await db.NumberSequences.AnyAsync(s => s.Year == year && s.DistrictCode == districtCode, cancellationToken))
        {
            return;
        }

        var sequence = db.NumberSequences.Add(new NumberSequence(year, districtCode));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another issue created it first.
        }
        finally
        {
            sequence.State = EntityState.Detached;
        }
    }
}
