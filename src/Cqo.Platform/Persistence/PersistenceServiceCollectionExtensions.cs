using Cqo.Platform.Auditing;
using Cqo.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's context on the configured provider, with auditing and change announcements
    /// (in that order: announcing relies on the auditing pass, see <see cref="ChangeAnnouncingInterceptor"/>). Contexts are pooled:
    /// creating one (its options and EF's internal services) cost a cheap API request as much as its
    /// query. The pool is private to this registration; each scope leases a context attached to the
    /// scope's caller (see <see cref="CqoDbContext.AttachTo"/>) and returns it when the scope ends.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services)
        where TContext : CqoDbContext
    {
        services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var options = new DbContextOptionsBuilder<TContext>().UseApplicationServiceProvider(sp);
            options.UseCqoDatabase(database.Provider, database.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>(), ChangeAnnouncingInterceptor.Instance);
            return new ContextPool<TContext>(options.Options);
        });
        services.AddScoped(sp => sp.GetRequiredService<ContextPool<TContext>>().Lease(sp));
        return services;
    }

    /// <summary>Wraps EF's pool so that nothing but <see cref="AddModuleDbContext{TContext}"/> hands out its contexts unattached.</summary>
    private sealed class ContextPool<TContext>(DbContextOptions<TContext> options) where TContext : CqoDbContext
    {
        private readonly PooledDbContextFactory<TContext> _factory = new(options);

        public TContext Lease(IServiceProvider scopeServices)
        {
            var context = _factory.CreateDbContext();
            context.AttachTo(scopeServices);
            return context;
        }
    }
}
