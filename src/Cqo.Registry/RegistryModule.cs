using Cqo.Notifications.Contracts;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.Registry.Application;
using Cqo.Registry.Application.Announcements;
using Cqo.Registry.Application.Enterprises;
using Cqo.Registry.Application.Filings;
using Cqo.Registry.Application.Imports;
using Cqo.Registry.Application.People;
using Cqo.Registry.Application.Reminders;
using Cqo.Registry.Contracts;
using Cqo.Registry.Application.RuleSets;
using Cqo.Registry.Endpoints;
using Cqo.Registry.Infrastructure;
using Cqo.Registry.Infrastructure.Seeding;
using Cqo.Registry.Jobs;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Seeding;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Registry;

/// <summary>The registry: enterprises, their quality staff, CQO appointment filings, review and announcement.</summary>
public sealed class RegistryModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistryOptions>(configuration.GetSection(RegistryOptions.Section));
        services.AddModuleDbContext<RegistryDbContext>();
        services.AddScoped<RegistryCaller>();
        services.AddScoped<IdNumbers>();

        services.AddScoped<EnterpriseQueries>();
        services.AddScoped<RegisterEnterpriseHandler>();
        services.AddScoped<UpdateEnterpriseHandler>();
        services.AddScoped<DeregisterEnterpriseHandler>();
        services.AddScoped<PersonQueries>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();
        services.AddScoped<IEnterpriseDirectory, EnterpriseDirectory>();
        services.AddScoped<IFactFeed<EnterpriseFact>, EnterpriseFactFeed>();
        services.AddScoped<SavePersonHandler>();
        services.AddScoped<RevealIdNumberHandler>();
        services.AddScoped<FilingReader>();
        services.AddScoped<FilingQueries>();
        services.AddScoped<FilingGuards>();
        services.AddScoped<FilingCheckHandler>();
        services.AddScoped<SaveFilingHandler>();
        services.AddScoped<UploadLetterHandler>();
        services.AddScoped<DownloadLetterHandler>();
        services.AddScoped<FilingStepsHandler>();
        services.AddScoped<ObjectionsHandler>();
        services.AddScoped<FilingActivation>();
        services.AddScoped<IFactFeed<FilingFact>, FilingFactFeed>();
        services.AddScoped<RuleSetsHandler>();
        services.AddScoped<AnnouncementQueries>();
        services.AddScoped<WaitingFilings>();
        services.AddScoped<IReminderSource, AwaitingReviewReminders>();
        services.AddScoped<IReminderSource, OverdueReviewDigest>();
        services.AddScoped<IReminderSource, FilingReturnedReminders>();
        services.AddScoped<IReminderSource, FilingEndedReminders>();
        services.AddScoped<IReminderSource, TermEndingReminders>();
        services.AddRecurringJob<ActivateFilingsJob>(ActivateFilingsJob.Id, ActivateFilingsJob.Cron);
        services.AddScoped<SweepImportsHandler>();
        services.AddRecurringJob<SweepImportsJob>(SweepImportsJob.Id, SweepImportsJob.Cron);
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton<ImportProgressBoard>();
        services.AddScoped<ImportQueries>();
        services.AddScoped<StartImportHandler>();
        services.AddScoped<RunImportHandler>();
        services.AddScoped<EnterpriseRowImporter>();
        services.AddScoped<PersonRowImporter>();
        services.AddScoped<RunImportJob>();

        services.AddValidatorsFromAssemblyContaining<RegistryModule>(includeInternalTypes: true);
        services.AddScoped<DemoRegistry>();
        services.AddScoped<IDataSeedContributor, RegistrySeeder>();
        services.AddSingleton(new LocalizationResource(typeof(RegistryModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, RegistryPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureRegistry();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        RegistryEndpoints.Map(endpoints);
        PublicEndpoints.Map(endpoints);
    }
}
