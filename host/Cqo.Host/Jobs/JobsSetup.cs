using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Jobs;
using Cqo.SharedKernel.Time;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Microsoft.Extensions.Options;

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
        // Hangfire keeps storage and activator in global configuration, last writer wins. Each host
        // registers its own (before AddHangfire, whose defaults are TryAdd), so several hosts in one
        // process (tests, benchmarks) never run on each other's storage or services.
        services.AddSingleton(sp => CreateStorage(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, jobs));
        services.AddHangfire(hangfire => hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<IJobQueue, HangfireJobQueue>();
        services.AddSingleton<IRecurringJobScheduler, HangfireRecurringJobScheduler>();

        if (jobs.Server)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.Activator = new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
                o.WorkerCount = jobs.WorkerCount;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(jobs.QueuePollSeconds);
            });
        }

        return services;
    }

    private static JobStorage CreateStorage(DatabaseOptions database, JobsOptions jobs) => database.Provider switch
    {
        DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.Zero,
        }),
        DatabaseProvider.PostgreSql => CreatePostgreSqlStorage(database.ConnectionString, new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromSeconds(jobs.QueuePollSeconds),
            PrepareSchemaIfNecessary = true,
        }),
        _ => new InMemoryStorage(),
    };

    private static PostgreSqlStorage CreatePostgreSqlStorage(string connectionString, PostgreSqlStorageOptions options) =>
        new(new NpgsqlConnectionFactory(connectionString, options), options);

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
