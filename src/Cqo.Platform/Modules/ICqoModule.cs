using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Modules;

/// <summary>
/// How a module plugs into the host: its services (DbContext, handlers, validators, seeders,
/// recurring jobs) and its endpoints. Its tables come separately, through its ModelBuilder
/// extension, which the migration projects compose.
/// </summary>
public interface ICqoModule
{
    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
