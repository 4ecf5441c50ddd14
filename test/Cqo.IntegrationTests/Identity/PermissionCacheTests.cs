using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class PermissionCacheTests(CqoApp app)
{
    [Fact]
    public async Task A_user_with_10_roles_and_500_grants_loads_them_in_one_query_then_hits_the_cache()
    {
        const string password = "Cache-test-2026";
        var userName = $"cache-{Guid.NewGuid():N}"[..16];
        var userId = await ArrangeUserWithManyGrantsAsync(userName, password);
        var api = OAuthFlow.Api(app, await OAuthFlow.SignInAsync(app, userName, password));

        using var grantQueries = await GrantQueryCounter.StartAsync(userId);
        (await api.GetAsync("/api/identity/users?take=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        grantQueries.Count.ShouldBe(1, "the first request loads every grant in one query");

        for (var i = 0; i < 20; i++)
        {
            (await api.GetAsync("/api/identity/users?take=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        grantQueries.Count.ShouldBe(1, "later requests are answered from the cache");
    }

    [Fact]
    public async Task Changing_a_grant_takes_effect_on_the_next_request()
    {
        const string password = "Cache-test-2026";
        var userName = $"regrant-{Guid.NewGuid():N}"[..16];
        var userId = await ArrangeUserWithManyGrantsAsync(userName, password);
        var api = OAuthFlow.Api(app, await OAuthFlow.SignInAsync(app, userName, password));
        (await api.GetAsync("/api/identity/security-log")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var granted = await IdentityApi.Admin(app).PutAsJsonAsync($"/api/identity/users/{userId}/permissions",
            new { permissions = new[] { IdentityPermissions.SecurityLog } }, Json.Options);
        granted.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.GetAsync("/api/identity/security-log")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Ten roles, fifty grants each (one of them <c>Identity.Users</c>), written straight to the database.</summary>
    private async Task<Guid> ArrangeUserWithManyGrantsAsync(string userName, string password)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        var user = new UserAccount(Guid.NewGuid(), userName, "缓存测试", new DataScope(ScopeKind.MunicipalRegulator));
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        for (var r = 0; r < 10; r++)
        {
            var role = new Role(Guid.NewGuid(), $"{userName}-role-{r}");
            db.Roles.Add(role);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
            for (var g = 0; g < 50; g++)
            {
                var name = r == 0 && g == 0 ? IdentityPermissions.Users : $"Test.Permission.{r}.{g}";
                db.PermissionGrants.Add(new PermissionGrant(Guid.NewGuid(), name, GrantSubjectKind.Role, role.Id));
            }
        }

        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>
    /// Counts the SQL commands that read one user's permission grants, whichever context sends them. The
    /// listener is process-wide, so commands of other tests' users (other collections run in parallel) are
    /// told apart by the user id among the parameters.
    /// </summary>
    private sealed class GrantQueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly Guid _userId;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        private GrantQueryCounter(Guid userId)
        {
            _userId = userId;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        /// <summary>
        /// EF decides whether anyone listens at most once a second per context (LoggingConfigCacheTime), and
        /// contexts are pooled: a counter must be older than that before it sees every command.
        /// </summary>
        public static async Task<GrantQueryCounter> StartAsync(Guid userId)
        {
            var counter = new GrantQueryCounter(userId);
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            return counter;
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name
                && value.Value is CommandExecutedEventData data
                && data.Command.CommandText.Contains("PermissionGrants", StringComparison.Ordinal)
                && data.Command.Parameters.Cast<DbParameter>().Any(IsTheUser))
            {
                Interlocked.Increment(ref _count);
            }
        }

        private bool IsTheUser(DbParameter parameter) => parameter.Value switch
        {
            Guid id => id == _userId,
            string text => Guid.TryParse(text, out var id) && id == _userId,
            _ => false,
        };

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
