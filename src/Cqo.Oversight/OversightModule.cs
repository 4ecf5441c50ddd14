using Cqo.Certification.Contracts;
using Cqo.Oversight.Application.Annual;
using Cqo.Oversight.Application.AuditTrail;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Application.Facts;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Application.Figures.Exporting;
using Cqo.Oversight.Application.Snapshots;
using Cqo.Oversight.Application.Targets;
using Cqo.Oversight.Endpoints;
using Cqo.Oversight.Infrastructure;
using Cqo.Oversight.Jobs;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Seeding;
using Cqo.Training.Contracts;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight;

/// <summary>Oversight: regulators' figures, targets and coverage, snapshots, the annual summary, exports and the audit trail.</summary>
public sealed class OversightModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OversightDbContext>();

        services.AddScoped<EnterpriseProfiles>();
        services.AddScoped<FactStore>();
        services.AddScoped<FilingFacts>();
        services.AddScoped<EnrolmentFacts>();
        services.AddScoped<CertificateFacts>();
        services.AddScoped<CreditFacts>();
        services.AddIntegrationEventHandler<EnterpriseChanged, RefreshOnChange>();
        services.AddIntegrationEventHandler<FilingChanged, RefreshOnChange>();
        services.AddIntegrationEventHandler<EnrolmentChanged, RefreshOnChange>();
        services.AddIntegrationEventHandler<CertificateChanged, RefreshOnChange>();
        services.AddIntegrationEventHandler<CreditEntryChanged, RefreshOnChange>();
        services.AddScoped<RebuildFacts>();
        services.AddRecurringJob<RebuildFactsJob>(RebuildFactsJob.Id, RebuildFactsJob.Cron);
        services.AddMemoryCache();
        services.AddScoped<DimensionLabels>();
        services.AddScoped<FigureCache>();
        services.AddOptions<FigureOptions>().Bind(configuration.GetSection(FigureOptions.Section))
            .Validate(o => o.VersionsTrustedSeconds is >= 0 and <= 60, "Oversight:Figures:VersionsTrustedSeconds must be between 0 and 60.")
            .ValidateOnStart();
        services.AddScoped<FigureTables>();
        services.AddScoped<FigureRecords>();
        services.AddScoped<TargetProgress>();
        services.AddScoped<Targets>();
        services.AddScoped<IDataSeedContributor, TargetSeeder>();
        services.AddScoped<FreezeSnapshot>();
        services.AddScoped<FreezeClosedPeriods>();
        services.AddScoped<SnapshotChain>();
        services.AddScoped<Snapshots>();
        services.AddScoped<AnnualSummaries>();
        services.AddRecurringJob<FreezeSnapshotsJob>(FreezeSnapshotsJob.Id, FreezeSnapshotsJob.Cron);

        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.Section))
            .Validate(o => o.BackgroundThreshold >= 0 && o.MaxRows > 0 && o.RetentionDays > 0,
                "Oversight:Exports:BackgroundThreshold must not be negative; MaxRows and RetentionDays must be positive.")
            .ValidateOnStart();

        // Exports: one source per exportable table, the writers, the background job and its pruning.
        services.AddScoped<IExportSource, AuditTrailExport>();
        services.AddScoped<IExportSource, FigureTableExport>();
        services.AddScoped<IExportSource, FigureRecordsExport>();
        services.AddScoped<ExportSources>();
        services.AddScoped<CsvExportWriter>();
        services.AddScoped<XlsxExportWriter>();
        services.AddScoped<ExportFileWriter>();
        services.AddScoped<Exports>();
        services.AddScoped<RunExport>();
        services.AddScoped<RunExportJob>();
        services.AddScoped<PruneExports>();
        services.AddRecurringJob<PruneExportsJob>(PruneExportsJob.Id, PruneExportsJob.Cron);

        services.AddScoped<AuditTrailQueries>();

        services.AddValidatorsFromAssemblyContaining<OversightModule>(includeInternalTypes: true);
        services.AddSingleton(new LocalizationResource(typeof(OversightModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, OversightPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOversight();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => OversightEndpoints.Map(endpoints);
}
