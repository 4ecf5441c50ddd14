using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Time;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;

namespace Cqo.Host.Jobs;

/// <summary>
/// Hangfire on the application's database (its own <c>hangfire</c> schema) for SQL Server and
/// PostgreSQL, so several hosts share one queue; in memory for the embedded SQLite mode, which is
/// safe because jobs derive their work from the database, never from the job store.
/// </summary>
internal static class JobsSetup
{
    public const string DashboardPath = "/jobs";

    public static IServiceCollection AddCqoJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddHangfire((sp, hangfire) =>
        {
            var database = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (database.Provider)
            {
                case DatabaseProvider.SqlServer:
                    hangfire.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = "hangfire",
                        QueuePollInterval = TimeSpan.Zero,
                    });
                    break;
                case DatabaseProvider.PostgreSql:
                    hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(database.ConnectionString), new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        QueuePollInterval = TimeSpan.FromSeconds(jobs.QueuePollSeconds),
                        PrepareSchemaIfNecessary = true,
                    });
                    break;
                default:
                    hangfire.UseInMemoryStorage();
                    break;
            }
        });

        if (jobs.Server)
        {
            services.AddHangfireServer((sp, o) =>
            {
                // Hangfire's global configuration is last-writer-wins: a second host in the same process
                // (tests, benchmarks) would make this server build jobs from that host's services.
                o.Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
                o.WorkerCount = jobs.WorkerCount;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(jobs.QueuePollSeconds);
            });
        }

        return services;
    }

    /// <summary>The dashboard, for holders of <see cref="PlatformPermissions.Jobs"/> only.</summary>
    public static void UseCqoJobsDashboard(this WebApplication app) =>
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new DashboardPermissionFilter(PlatformPermissions.Jobs)],
            DashboardTitle = "CQO 后台任务 / Jobs",
        });

    /// <summary>Declares every module's recurring jobs under their stable ids, in Shanghai time.</summary>
    public static void ScheduleRecurringJobs(this WebApplication app)
    {
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        var schedule = typeof(JobsSetup).GetMethod(nameof(Schedule), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var job in app.Services.GetServices<RecurringJobDefinition>())
        {
            schedule.MakeGenericMethod(job.JobType).Invoke(null, [manager, job]);
        }
    }

    private static void Schedule<TJob>(IRecurringJobManager manager, RecurringJobDefinition job)
        where TJob : IRecurringJob =>
        manager.AddOrUpdate<TJob>(job.Id, j => j.RunAsync(CancellationToken.None), job.Cron, new RecurringJobOptions { TimeZone = ShanghaiTime.Zone });
}
