using Cqo.Platform.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers a module's context on the configured provider, with auditing.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : CqoDbContext =>
        services.AddDbContext<TContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseCqoDatabase(database.Provider, database.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>());
        });
}
