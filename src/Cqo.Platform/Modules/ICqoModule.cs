using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Modules;

/// <summary>
/// How a module plugs into the host: its services (DbContext, handlers, validators, seeders,
/// recurring jobs), its tables (its ModelBuilder extension, composed by the migration context) and
/// its endpoints.
/// </summary>
public interface ICqoModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration);

    void ConfigureModel(ModelBuilder modelBuilder);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
