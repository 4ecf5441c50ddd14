using Cqo.Notifications.Application;
using Cqo.Notifications.Application.Inbox;
using Cqo.Notifications.Application.Log;
using Cqo.Notifications.Application.Preferences;
using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Application.Retention;
using Cqo.Notifications.Application.Rules;
using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Application.Webhooks;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Endpoints;
using Cqo.Notifications.Infrastructure;
using Cqo.Notifications.Jobs;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Seeding;
using Cqo.Training.Contracts;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Notifications;

/// <summary>Notifications: reminder rules run as jobs, the delivery log, e-mail, the inbox and group-chat webhooks.</summary>
public sealed class NotificationsModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NotificationsDbContext>();
        services.AddOptions<NotificationsOptions>().Bind(configuration.GetSection(NotificationsOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _), "Notifications:BaseUrl must be an absolute address.")
            .Validate(o => o.BatchSize > 0 && o.RunBatchSize > 0 && o.MaxAttempts > 0 && o.LeaseSeconds > 0,
                "Notifications:BatchSize, RunBatchSize, MaxAttempts and LeaseSeconds must be positive.")
            .Validate(o => o.RetentionDays > NotificationLimits.MaxCatchUpDays,
                "Notifications:RetentionDays must exceed the longest catch-up (31 days), or a pruned reminder could be sent again.")
            .ValidateOnStart();

        services.AddScoped<ReminderSources>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<RunReminderRule>();
        services.AddScoped<DryRun>();
        services.AddScoped<RuleSchedule>();
        services.AddScoped<ReminderRules>();
        services.AddScoped<IDataSeedContributor, RuleSeeder>();
        services.AddHostedService<RuleScheduleAtStart>();

        services.AddSingleton<UnsubscribeLinks>();
        services.AddScoped<EmailSender>();
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<DeliveryDispatcher>();
        services.AddRecurringJob<DispatchDeliveriesJob>(DispatchDeliveriesJob.Id, DispatchDeliveriesJob.Cron);
        services.AddScoped<RunReminderRuleJob>();
        services.AddScoped<PruneDeliveryLog>();
        services.AddRecurringJob<PruneDeliveryLogJob>(PruneDeliveryLogJob.Id, PruneDeliveryLogJob.Cron);
        services.AddIntegrationEventHandler<CourseCancelled, RemindOnCourseCancelled>();

        services.AddScoped<Inbox>();
        services.AddScoped<Preferences>();
        services.AddScoped<DeliveryLog>();
        services.AddScoped<WebhookSettings>();

        services.AddValidatorsFromAssemblyContaining<NotificationsModule>(includeInternalTypes: true);
        services.AddSingleton(new LocalizationResource(typeof(NotificationsModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, NotificationsPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureNotifications();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => NotificationEndpoints.Map(endpoints);
}
