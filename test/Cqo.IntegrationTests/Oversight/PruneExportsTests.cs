using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Files;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

[Collection(AuditTrailCollection.Name)]
public sealed class PruneExportsTests(AuditTrailFixture fixture)
{
    [Fact]
    public async Task Exports_past_retention_go_with_their_files_and_abandoned_ones_fail()
    {
        var now = fixture.App.Clock.GetUtcNow();
        var files = fixture.App.Services.GetRequiredService<IFileStore>();
        var key = await files.SaveAsync(new MemoryStream([1, 2, 3]), "csv", CancellationToken.None);
        var expired = Export(now.AddDays(-8));
        expired.Start(3, now.AddDays(-8));
        expired.Complete(key, "old.csv", 3, 3, now.AddDays(-8));
        var abandoned = Export(now.AddHours(-1));
        var fresh = Export(now.AddMinutes(-5));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            db.Exports.AddRange(expired, abandoned, fresh);
            await db.SaveChangesAsync();
            (await scope.ServiceProvider.GetRequiredService<PruneExports>().RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }

        await using var check = fixture.App.Services.CreateAsyncScope();
        var exports = check.ServiceProvider.GetRequiredService<OversightDbContext>().Exports.AsNoTracking();
        (await exports.AnyAsync(e => e.Id == expired.Id)).ShouldBeFalse();
        (await files.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();
        (await exports.SingleAsync(e => e.Id == abandoned.Id)).Status.ShouldBe(ExportStatus.Failed);
        (await exports.SingleAsync(e => e.Id == fresh.Id)).Status.ShouldBe(ExportStatus.Queued);
    }

    private static Export Export(DateTimeOffset createdAt) => new(
        Guid.CreateVersion7(createdAt), "audit-trail", "审计记录", ExportFormat.Csv, "{}", "zh-CN",
        new ExportOwner(Guid.NewGuid(), null, "owner", new DataScope(ScopeKind.MunicipalRegulator)), 3, createdAt);
}
