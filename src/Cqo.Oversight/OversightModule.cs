using Cqo.Oversight.Endpoints;
using Cqo.Oversight.Infrastructure;
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
        services.AddValidatorsFromAssemblyContaining<OversightModule>(includeInternalTypes: true);
        services.AddSingleton(new LocalizationResource(typeof(OversightModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, OversightPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureOversight();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => OversightEndpoints.Map(endpoints);
}
