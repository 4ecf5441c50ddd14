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
    public async Task Prune_job_is_scheduled_under_its_stable_id_and_when_run_removes_only_expired_audit_records()
    {
        var now = app.Clock.GetUtcNow();
        var expired = Audit(now.AddDays(-1826));
        var recent = Audit(now.AddDays(-1824));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.RequestAudits.AddRange(expired, recent);
            await db.SaveChangesAsync();
        }

        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.GetRecurringJobs().ShouldContain(j => j.Id == PruneExpiredRecordsJob.Id && j.Cron == PruneExpiredRecordsJob.Cron);
        }

        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(PruneExpiredRecordsJob.Id);

        await WaitUntilAsync(async () => !await AnyAsync(expired.Id), TimeSpan.FromSeconds(30));
        (await AnyAsync(recent.Id)).ShouldBeTrue();
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

    private async Task<bool> AnyAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().RequestAudits.AnyAsync(r => r.Id == id);
    }

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
