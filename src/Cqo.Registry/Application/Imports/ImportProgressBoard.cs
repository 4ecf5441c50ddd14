using System.Collections.Concurrent;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;

namespace Cqo.Registry.Application.Imports;

/// <summary>A running batch's counters as last reported.</summary>
internal sealed record ImportProgressSnapshot(ImportStatus Status, int TotalRows, int ProcessedRows, int ImportedRows, int ErrorRows);

/// <summary>
/// The progress of the batches this host is running, in memory. While the rows are inserted in one
/// transaction, SQLite lets no other connection write, so the batch row cannot show the count until
/// the end; this board shows it meanwhile. Other providers also get the count in the batch row,
/// which is what other hosts read.
/// </summary>
internal sealed class ImportProgressBoard
{
    private readonly ConcurrentDictionary<Guid, ImportProgressSnapshot> _running = new();

    public void Report(ImportBatch batch) =>
        _running[batch.Id] = new ImportProgressSnapshot(batch.Status, batch.TotalRows, batch.ProcessedRows, batch.ImportedRows, batch.ErrorRows);

    public void Remove(Guid batchId) => _running.TryRemove(batchId, out _);

    public ImportProgressSnapshot? Find(Guid batchId) => _running.GetValueOrDefault(batchId);
}
