using Cqo.Identity.Application;
using Cqo.Identity.Application.Account;
using Cqo.Identity.Application.Clients;
using Cqo.Identity.Application.Directory;
using Cqo.Identity.Application.Me;
using Cqo.Identity.Application.PruneTokens;
using Cqo.Identity.Application.Registrations;
using Cqo.Identity.Application.Roles;
using Cqo.Identity.Application.SecurityLog;
using Cqo.Identity.Application.Users;
using Cqo.Identity.Contracts;
using Cqo.Identity.Endpoints;
using Cqo.Identity.Infrastructure;
using Cqo.Identity.Infrastructure.Accounts;
using Cqo.Identity.Infrastructure.Auth;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.Identity.Infrastructure.Seeding;
using Cqo.Identity.Jobs;
using Cqo.Identity.Permissions;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Seeding;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Identity;

/// <summary>Identity and access: accounts, roles, permission grants, organisation scopes, the OpenID Connect server.</summary>
public sealed class IdentityModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CqoIdentityOptions>(configuration.GetSection(CqoIdentityOptions.Section));
        services.AddModuleDbContext<IdentityDbContext>();
        services.AddModuleDbContext<IdentityStoreDbContext>();
        services.AddMemoryCache();
        services.AddCqoAuthentication();
        services.AddAuthorization();
        services.AddCqoOpenIddict(configuration);

        services.AddSingleton<PermissionGrantCache>();
        services.AddScoped<EffectiveGrants>();
        services.AddScoped<GrantedPermissionChecker>();
        services.AddScoped<IPermissionChecker>(sp => sp.GetRequiredService<GrantedPermissionChecker>());
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitions>();
        services.AddScoped<SecurityLogWriter>();
        services.AddScoped<TokenRevoker>();
        services.AddSingleton<TokenStatusCache>();
        services.AddSingleton<VerifiedTokenCache>();
        services.AddScoped<TokenPrincipals>();

        services.AddScoped<ScopeRules>();
        services.AddScoped<UserQueries>();
        services.AddScoped<SaveUserHandler>();
        services.AddScoped<UserLockHandler>();
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<PermissionTree>();
        services.AddScoped<GrantsHandler>();
        services.AddScoped<RoleQueries>();
        services.AddScoped<ClientsHandler>();
        services.AddScoped<SecurityLogQueries>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<AccountSettingsHandler>();
        services.AddScoped<RegistrationHandler>();
        services.AddScoped<MeQueries>();
        services.AddScoped<PruneTokensHandler>();
        services.AddRecurringJob<PruneTokensJob>(PruneTokensJob.Id, PruneTokensJob.Cron);
        services.AddValidatorsFromAssemblyContaining<IdentityModule>(includeInternalTypes: true);
        services.AddScoped<IDataSeedContributor, IdentitySeeder>();
        services.AddSingleton(new LocalizationResource(typeof(IdentityModule).Assembly));
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureIdentity();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ConnectEndpoints.Map(endpoints);
        IdentityEndpoints.Map(endpoints);
    }
}
