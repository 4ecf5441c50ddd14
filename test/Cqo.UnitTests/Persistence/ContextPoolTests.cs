using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.UnitTests.Persistence;

/// <summary>Module contexts are pooled; each lease must act for its own scope's caller, never a previous one's.</summary>
public sealed class ContextPoolTests
{
    [Fact]
    public async Task A_context_leased_again_acts_for_the_new_scope_and_forgets_the_old_one()
    {
        await using var services = Services();
        var first = new Caller(Guid.NewGuid());
        var second = new Caller(Guid.NewGuid());

        PoolContext leased;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerHolder>().Caller = first;
            leased = scope.ServiceProvider.GetRequiredService<PoolContext>();
            leased.CurrentUser.ShouldBeSameAs(first);
        }

        Should.Throw<ObjectDisposedException>(() => leased.CurrentUser, "a context back in the pool never acts as the system");

        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerHolder>().Caller = second;
            var again = scope.ServiceProvider.GetRequiredService<PoolContext>();
            again.ShouldBeSameAs(leased, "the context came back from the pool");
            again.CurrentUser.ShouldBeSameAs(second);
        }
    }

    [Fact]
    public async Task A_stray_second_dispose_makes_the_next_lease_fail_closed_not_see_everything()
    {
        await using var services = Services();
        PoolContext leased;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerHolder>().Caller = new Caller(Guid.NewGuid());
            leased = scope.ServiceProvider.GetRequiredService<PoolContext>();
        }

        await using var next = services.CreateAsyncScope();
        next.ServiceProvider.GetRequiredService<CallerHolder>().Caller = new Caller(Guid.NewGuid());
        var again = next.ServiceProvider.GetRequiredService<PoolContext>();
        again.ShouldBeSameAs(leased);
        await leased.DisposeAsync(); // the first owner disposing its old reference once more

        Should.Throw<ObjectDisposedException>(() => again.CurrentUser);
        Should.Throw<ObjectDisposedException>(() => again.ScopeSeesAll);
    }

    [Fact]
    public async Task Contexts_leased_by_concurrent_scopes_are_distinct()
    {
        await using var services = Services();
        await using var one = services.CreateAsyncScope();
        await using var two = services.CreateAsyncScope();
        one.ServiceProvider.GetRequiredService<PoolContext>().ShouldNotBeSameAs(two.ServiceProvider.GetRequiredService<PoolContext>());
    }

    private static ServiceProvider Services()
    {
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IHttpContextAccessor, HttpContextAccessor>()
            .AddSingleton<AuditingInterceptor>()
            .AddScoped<CallerHolder>()
            .AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CallerHolder>().Caller!);
        services.Configure<DatabaseOptions>(o => o.ConnectionString = "Data Source=:memory:");
        services.AddModuleDbContext<PoolContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private sealed class CallerHolder
    {
        public ICurrentUser? Caller { get; set; }
    }

    private sealed class Caller(Guid id) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId => id;

        public string? UserName => id.ToString();


        public string? DisplayName => UserName;

        public string? ClientId => null;

        public DataScope Scope => new(ScopeKind.Individual, UserId: id);
    }

    private sealed class PoolContext(DbContextOptions<PoolContext> options) : CqoDbContext(options)
    {
        protected override void ConfigureModel(ModelBuilder modelBuilder)
        {
        }
    }
}
