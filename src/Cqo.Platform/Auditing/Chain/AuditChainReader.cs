using System.Runtime.CompilerServices;
using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// Streams sealed records of both tables in sequence order, one range of sequences at a time, so a
/// walk over millions of records holds one range in memory and keeps no reader open between ranges.
/// </summary>
internal sealed class AuditChainReader(PlatformDbContext db)
{
    public async IAsyncEnumerable<ChainedRecord> ReadAsync(long after, long upTo, int rangeSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var from = after + 1; from <= upTo; from += rangeSize)
        {
            var to = Math.Min(upTo, from + rangeSize - 1);
            var changes = await db.EntityChanges.AsNoTracking()
                .Where(c => c.ChainSequence >= from && c.ChainSequence <= to).ToListAsync(cancellationToken);
            var requests = await db.RequestAudits.AsNoTracking()
                .Where(r => r.ChainSequence >= from && r.ChainSequence <= to).ToListAsync(cancellationToken);
            var range = changes.Select(ChainedRecord.Of).Concat(requests.Select(ChainedRecord.Of))
                .OrderBy(r => r.Sequence).ThenBy(r => r.Kind).ThenBy(r => r.Id);
            foreach (var record in range)
            {
                yield return record;
            }
        }
    }
}
