using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Files;
using Cqo.Registry.Application.Imports;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Registry;

[Collection(HostCollection.Name)]
public sealed class ImportSweepTests(CqoApp app)
{
    [Fact]
    public async Task A_batch_whose_job_was_lost_fails_and_its_file_is_deleted_but_a_fresh_one_is_left_alone()
    {
        var lost = await QueuedBatchAsync();
        app.Clock.Advance(SweepImportsHandler.QueuedFor + TimeSpan.FromMinutes(1));
        var fresh = await QueuedBatchAsync();

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SweepImportsHandler>().RunAsync(CancellationToken.None);

        var batches = scope.ServiceProvider.GetRequiredService<RegistryDbContext>().ImportBatches.AsNoTracking();
        var swept = await batches.SingleAsync(b => b.Id == lost.Id);
        swept.Status.ShouldBe(ImportStatus.Failed);
        swept.MessageKey.ShouldBe("Registry:Import.Abandoned");
        swept.FileKey.ShouldBeNull();
        (await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(lost.FileKey!, CancellationToken.None)).ShouldBeNull();
        (await batches.SingleAsync(b => b.Id == fresh.Id)).Status.ShouldBe(ImportStatus.Queued);
    }

    private async Task<ImportBatch> QueuedBatchAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var content = new MemoryStream("统一社会信用代码,企业名称\n"u8.ToArray());
        var key = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(content, ".csv", CancellationToken.None);
        var now = app.Clock.GetUtcNow();
        var batch = new ImportBatch(
            Guid.CreateVersion7(now), ImportKind.Enterprises, ImportMode.AllOrNothing, ImportFormat.Csv, "企业.csv", key,
            new ImportCreator(new DataScope(ScopeKind.MunicipalRegulator, JurisdictionCode: "310000"), Guid.NewGuid(), "municipal", null, false), now);
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync();
        return batch;
    }
}
