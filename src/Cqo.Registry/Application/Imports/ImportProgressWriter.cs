using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Writes a running batch's state through a context of its own (its own scope and connection), so
/// that progress and errors are committed as they come, outside the transaction that inserts the rows
/// and would otherwise roll them back or hide them until the end.
/// </summary>
internal sealed class ImportProgressWriter : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly RegistryDbContext _db;
    private readonly ImportProgressBoard _board;

    private ImportProgressWriter(AsyncServiceScope scope, ImportBatch batch)
    {
        _scope = scope;
        _db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        _board = scope.ServiceProvider.GetRequiredService<ImportProgressBoard>();
        Batch = batch;
    }

    /// <summary>The batch as this writer last saved it.</summary>
    public ImportBatch Batch { get; private set; }

    /// <summary>The batch, or null when there is none with this id (removed since it was queued).</summary>
    public static async Task<ImportProgressWriter?> OpenAsync(IServiceScopeFactory scopes, Guid batchId, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().ImportBatches
            .IgnoreQueryFilters() // the job's own bookkeeping, in no caller's scope
            .FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            await scope.DisposeAsync();
            return null;
        }

        return new ImportProgressWriter(scope, batch);
    }

    /// <summary>Forgets the errors of an earlier, interrupted run of this batch: validation starts again.</summary>
    public Task ClearErrorsAsync(CancellationToken cancellationToken) =>
        _db.ImportRowErrors.Where(e => e.BatchId == Batch.Id).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Saves the batch (changed by the caller) and these errors, and shows the counts on the board.</summary>
    public async Task SaveAsync(IReadOnlyList<ImportRowError> errors, CancellationToken cancellationToken)
    {
        _db.ImportRowErrors.AddRange(errors);
        await _db.SaveChangesAsync(cancellationToken);
        foreach (var error in errors)
        {
            _db.Entry(error).State = EntityState.Detached; // the batch stays tracked; thousands of saved errors need not
        }

        Report();
    }

    public Task SaveAsync(CancellationToken cancellationToken) => SaveAsync([], cancellationToken);

    /// <summary>Only the board: for while another connection holds SQLite's write lock.</summary>
    public void Report()
    {
        if (Batch.IsFinished)
        {
            _board.Remove(Batch.Id);
        }
        else
        {
            _board.Report(Batch);
        }
    }

    /// <summary>Reads the batch again, after the inserting transaction changed it.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _db.Entry(Batch).ReloadAsync(cancellationToken);
        Report();
    }

    public async ValueTask DisposeAsync()
    {
        _board.Remove(Batch.Id);
        await _scope.DisposeAsync();
    }
}
