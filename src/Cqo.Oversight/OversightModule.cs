using Cqo.Oversight.Application.AuditTrail;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Endpoints;
using Cqo.Oversight.Infrastructure;
using Cqo.Oversight.Jobs;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
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
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.Section))
            .Validate(o => o.BackgroundThreshold >= 0 && o.MaxRows > 0 && o.RetentionDays > 0,
                "Oversight:Exports:BackgroundThreshold must not be negative; MaxRows and RetentionDays must be positive.")
            .ValidateOnStart();

        // Exports: one source per exportable table, the writers, the background job and its pruning.
        services.AddScoped<IExportSource, AuditTrailExport>();
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
