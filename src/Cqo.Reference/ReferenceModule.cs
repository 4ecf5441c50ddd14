using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.Reference.Application.CreateRegulatorUnit;
using Cqo.Reference.Application.CreateSyllabusVersion;
using Cqo.Reference.Application.DeleteRegulatorUnit;
using Cqo.Reference.Application.ListRegulatorUnits;
using Cqo.Reference.Application.ReadDictionaries;
using Cqo.Reference.Application.UpdateRegulatorUnit;
using Cqo.Reference.Contracts;
using Cqo.Reference.Endpoints;
using Cqo.Reference.Infrastructure;
using Cqo.Reference.Infrastructure.Seeding;
using Cqo.SharedKernel.Seeding;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Reference;

/// <summary>Reference data: districts, regulator units, GB/T 4754 industries, the training syllabus.</summary>
public sealed class ReferenceModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReferenceDbContext>();
        services.AddScoped<ReferenceDataQueries>();
        services.AddScoped<IReferenceDataQueries>(sp => sp.GetRequiredService<ReferenceDataQueries>());
        services.AddScoped<ListRegulatorUnitsHandler>();
        services.AddScoped<CreateRegulatorUnitHandler>();
        services.AddScoped<CreateSyllabusVersionHandler>();
        services.AddScoped<UpdateRegulatorUnitHandler>();
        services.AddScoped<DeleteRegulatorUnitHandler>();
        services.AddValidatorsFromAssemblyContaining<ReferenceModule>(includeInternalTypes: true);
        services.AddScoped<IDataSeedContributor, ReferenceDataSeeder>();
        services.AddSingleton(new LocalizationResource(typeof(ReferenceModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, ReferencePermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureReference();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ReferenceEndpoints.Map(endpoints);
}
