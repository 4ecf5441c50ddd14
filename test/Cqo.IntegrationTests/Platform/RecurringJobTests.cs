using Cqo.Host.Jobs;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Auditing;
using Cqo.Platform.Jobs;
using Cqo.Platform.Persistence;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Platform;

[Collection(HostCollection.Name)]
public sealed class RecurringJobTests(CqoApp app)
{
    [Fact]
    public async Task Audit_jobs_are_scheduled_under_their_stable_ids_and_when_triggered_seal_verify_and_prune()
    {
        var now = app.Clock.GetUtcNow();
        var recent = Audit(now.AddDays(-1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.RequestAudits.Add(recent);
            await db.SaveChangesAsync();
        }

        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var scheduled = connection.GetRecurringJobs();
            scheduled.ShouldContain(j => j.Id == PruneExpiredRecordsJob.Id && j.Cron == PruneExpiredRecordsJob.Cron);
            scheduled.ShouldContain(j => j.Id == SealAuditTrailJob.Id && j.Cron == SealAuditTrailJob.Cron);
            scheduled.ShouldContain(j => j.Id == VerifyAuditTrailJob.Id && j.Cron == VerifyAuditTrailJob.Cron);
            scheduled.ShouldContain(j => j.Id == PruneOutboxJob.Id && j.Cron == PruneOutboxJob.Cron);
        }

        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.Trigger(SealAuditTrailJob.Id);
        await WaitUntilAsync(async () => await InPlatformAsync(db => db.RequestAudits.AnyAsync(r => r.Id == recent.Id && r.ChainSequence != null)), TimeSpan.FromSeconds(30));

        jobs.Trigger(VerifyAuditTrailJob.Id);
        await WaitUntilAsync(() => InPlatformAsync(db => db.AuditChainVerifications.AnyAsync(v => v.Intact && v.RequestedBy == null)), TimeSpan.FromSeconds(30));

        // Pruning keeps what is within retention (what it removes, and how the chain stays whole, the oversight tests show).
        jobs.Trigger(PruneExpiredRecordsJob.Id);
        await WaitUntilAsync(() => Task.FromResult(Succeeded<PruneExpiredRecordsJob>()), TimeSpan.FromSeconds(30));
        (await InPlatformAsync(db => db.RequestAudits.AnyAsync(r => r.Id == recent.Id))).ShouldBeTrue();
    }

    [Fact]
    public static void Each_host_registers_its_own_job_storage_instead_of_hangfire_s_global_one()
    {
        // Hangfire's defaults read JobStorage.Current, which the last host configured in the process
        // sets; a second host (tests run several) would take over the first one's queue.
        var services = new ServiceCollection();
        services.AddCqoJobs(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        var storage = services.Where(d => d.ServiceType == typeof(JobStorage)).ShouldHaveSingleItem();
        storage.ImplementationFactory!.Method.DeclaringType!.Assembly.ShouldBe(typeof(JobsSetup).Assembly);
    }

    private static RequestAudit Audit(DateTimeOffset at) =>
        new(Guid.NewGuid(), at, null, "POST", "/api/test/prune", 200, 1, "127.0.0.1", "test", "prune-test");

    private async Task<T> InPlatformAsync<T>(Func<PlatformDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    private bool Succeeded<TJob>() =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 200).Any(j => j.Value.Job?.Type == typeof(TJob));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the job did not run in time");
            await Task.Delay(200);
        }
    }
}
