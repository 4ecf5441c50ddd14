using Cqo.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Application.Enterprises;

internal static class EnterpriseLocks
{
    /// <summary>
    /// Makes this save also renew the enterprise's concurrency stamp, so that two changes that
    /// each checked the enterprise's other rows first (two submissions of its filings) cannot both
    /// commit: the second gets 409. Call it before those checks read anything: the stamp must be
    /// read first, or a change committed between the checks and this read would go unnoticed.
    /// </summary>
    public static async Task SerializeChangesOfAsync(this DbSet<Enterprise> enterprises, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FirstAsync(e => e.Id == enterpriseId, cancellationToken);
        enterprises.Entry(enterprise).Property(e => e.ConcurrencyStamp).IsModified = true;
    }
}
