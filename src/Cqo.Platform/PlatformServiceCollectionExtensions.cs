using System.Net;
using System.Threading.RateLimiting;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Auditing.PruneAuditRecords;
using Cqo.Platform.Files;
using Cqo.Platform.Http;
using Cqo.Platform.Jobs;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Cqo.Platform.Security.Permissions;
using Cqo.Platform.Seeding;
using Cqo.Platform.Time;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;

namespace Cqo.Platform;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>Health checks with this tag decide <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <summary>The cross-cutting services every module relies on.</summary>
    public static IServiceCollection AddCqoPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o => o.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? o.ConnectionString);
        services.Configure<AuditingOptions>(configuration.GetSection(AuditingOptions.Section));

        services.AddSingleton(sp => FileClock.From(configuration[FileClock.Setting], sp.GetRequiredService<IHostEnvironment>()));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<CircuitPrincipal>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<IPermissionDefinitionProvider, PlatformPermissionDefinitions>();
        services.AddSingleton<AuditingInterceptor>();
        services.AddModuleDbContext<PlatformDbContext>();
        services.AddScoped<PruneAuditRecordsHandler>();
        services.AddRecurringJob<PruneExpiredRecordsJob>(PruneExpiredRecordsJob.Id, PruneExpiredRecordsJob.Cron);
        services.AddScoped<AuditTrailSealer>();
        services.AddScoped<AuditChainReader>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddRecurringJob<SealAuditTrailJob>(SealAuditTrailJob.Id, SealAuditTrailJob.Cron);
        services.AddRecurringJob<VerifyAuditTrailJob>(VerifyAuditTrailJob.Id, VerifyAuditTrailJob.Cron);
        services.AddOutbox(configuration);
        services.AddRecurringJob<DispatchOutboxJob>(DispatchOutboxJob.Id, DispatchOutboxJob.Cron);
        services.AddRecurringJob<PruneOutboxJob>(PruneOutboxJob.Id, PruneOutboxJob.Cron);
        services.AddScoped<DataSeeder>();
        services.AddDataProtection().SetApplicationName("cqo-platform").PersistKeysToDbContext<PlatformDbContext>();
        services.AddWorkingCalendar(configuration);
        services.Configure<FileStoreOptions>(configuration.GetSection(FileStoreOptions.Section));
        services.AddSingleton<IFileStore, LocalFolderFileStore>();
        services.AddPersonalDataProtection(configuration);

        services.AddSingleton(new LocalizationResource(typeof(PlatformServiceCollectionExtensions).Assembly));
        services.AddSingleton<IStringLocalizer, JsonStringLocalizer>();
        ValidationDefaults.Apply();

        services.Configure<JsonOptions>(o => JsonDefaults.Apply(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<ProblemWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.HttpContext.RequestServices.GetRequiredService<ProblemWriter>().Describe(c.ProblemDetails);
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddTrustedProxies(configuration);
        services.AddPublicRateLimiting(configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    private static void AddWorkingCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkingCalendarOptions>().Bind(configuration.GetSection(WorkingCalendarOptions.Section))
            .Validate(o => !o.Holidays.Intersect(o.Workdays).Any(), "A date is in both WorkingCalendar:Holidays and WorkingCalendar:Workdays.")
            .ValidateOnStart();
        services.AddSingleton<WorkingCalendar>();
    }

    /// <summary>
    /// Keys come from configuration, shared by every host. Development and Testing fall back to fixed
    /// development keys; any other environment refuses to start without them.
    /// </summary>
    private static void AddPersonalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.Section))
            .PostConfigure<IHostEnvironment>((o, environment) =>
            {
                if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
                {
                    o.UseDevelopmentKeysWhereMissing();
                }
            })
            .Validate(o => o.HasCurrentKey, PersonalDataOptions.KeysMissing)
            .Validate(o => o.KeysAreWellFormed, PersonalDataOptions.KeysMalformed)
            .Validate(o => o.HashKeyIsWellFormed, PersonalDataOptions.HashKeyInvalid)
            .ValidateOnStart();
        services.AddSingleton<PersonalDataProtector>();
    }

    private static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    private static void AddPublicRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(RateLimitingOptions.PublicPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PublicPermitLimit,
                    Window = TimeSpan.FromSeconds(limits.PublicWindowSeconds),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var services = context.HttpContext.RequestServices;
                var detail = services.GetRequiredService<IStringLocalizer>().Localize(new ErrorMessage("Error:RateLimitedDetail"));
                await services.GetRequiredService<ProblemWriter>()
                    .WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, detail);
            };
        });
    }
}
