using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Arranges trail records, seals and verifies the chain as its jobs do, and reads the trail through the API.</summary>
internal sealed class AuditTrailApi(CqoApp app)
{
    private static int s_accounts;

    public CqoApp App => app;

    /// <summary>A client acting as <paramref name="userId"/> with the audit-trail permission (a municipal regulator's scope).</summary>
    public HttpClient Auditor(Guid userId) => app.CreateClientAs(userId, OversightPermissions.AuditTrail);

    /// <summary>A client holding exactly the permissions <paramref name="role"/> is granted by default, in <paramref name="scope"/>.</summary>
    public HttpClient AsRole(string role, string scope)
    {
        var definitions = app.Services.GetRequiredService<PermissionDefinitionManager>();
        var client = app.CreateClientAs(Guid.NewGuid(), [.. definitions.All.Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name)]);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, scope);
        return client;
    }

    /// <summary>A real municipal regulator's account (the trail names it; a background export re-checks its grants).</summary>
    public async Task<UserDto> RegulatorAsync()
    {
        var name = $"audit{Interlocked.Increment(ref s_accounts)}x{Guid.NewGuid():N}"[..24];
        var response = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/users", new
        {
            userName = name,
            displayName = $"审计员{name[^4..]}",
            email = $"{name}@example.cn",
            password = "Passw0rd-long-enough",
            scope = new { kind = ScopeKind.MunicipalRegulator },
            roles = new[] { StandardRoles.MunicipalRegulator },
        }, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UserDto>(Json.Options))!;
    }

    public sealed record Arranged(string Type, string Correlation, EntityChange Created, EntityChange Renamed, RequestAudit Request, EntityChange OtherUser);

    /// <summary>
    /// For a new regulator account: a creation two hours ago, a rename an hour ago and a request half an
    /// hour ago (the last two in one request), and someone else's change of the first entity.
    /// </summary>
    public async Task<(Guid User, Arranged Records)> ArrangeAsync()
    {
        var user = (await RegulatorAsync()).Id;
        var now = app.Clock.GetUtcNow();
        var type = $"Probe{Guid.NewGuid():N}"[..20];
        var correlation = $"corr-{Guid.NewGuid():N}";
        var records = new Arranged(
            type,
            correlation,
            Change(user, type, "k1", EntityChangeKind.Created, now.AddHours(-2), $"corr-{Guid.NewGuid():N}", """{"Name":[null,"旧"]}"""),
            Change(user, type, "k2", EntityChangeKind.Updated, now.AddHours(-1), correlation),
            Request(user, "/api/probe", now.AddMinutes(-30), correlation),
            Change(Guid.NewGuid(), type, "k1", EntityChangeKind.Deleted, now.AddMinutes(-10), null));
        await AddAsync(records.Created, records.Renamed, records.Request, records.OtherUser);
        return (user, records);
    }

    public static EntityChange Change(Guid? userId, string type, string key, EntityChangeKind kind, DateTimeOffset at, string? correlation, string changes = """{"Name":["旧","新"]}""") =>
        new(Guid.CreateVersion7(at), type, key, kind, changes, at, userId, correlation);

    public static RequestAudit Request(Guid? userId, string path, DateTimeOffset at, string correlation, int status = 200) =>
        new(Guid.CreateVersion7(at), at, userId, "POST", path, status, 12, "10.1.2.3", "tests", correlation);

    public async Task AddAsync(params object[] records)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.AddRange(records);
        await db.SaveChangesAsync();
    }

    public async Task<int> SealAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditTrailSealer>().SealAsync(CancellationToken.None);
    }

    /// <summary>Verifies as the job does; the clock moves a second first, so each result is the latest by its time.</summary>
    public async Task<AuditChainVerificationDto> VerifyAsync()
    {
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(null, CancellationToken.None);
    }

    public async Task<T> InPlatformAsync<T>(Func<PlatformDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    /// <summary>
    /// Runs SQL as someone with database access would, bypassing the application; <c>{table}</c> stands
    /// for <typeparamref name="TEntity"/>'s table, <c>{0}</c>… for the parameters.
    /// </summary>
    public Task<int> SqlAsync<TEntity>(string sql, params object[] parameters) => SqlAsync(typeof(TEntity), sql, parameters);

    /// <summary>As <see cref="SqlAsync{TEntity}"/>, on the table of <paramref name="kind"/>'s records.</summary>
    public Task<int> SqlAsync(AuditRecordKind kind, string sql, params object[] parameters) =>
        SqlAsync(kind == AuditRecordKind.Change ? typeof(EntityChange) : typeof(RequestAudit), sql, parameters);

    private Task<int> SqlAsync(Type entity, string sql, params object[] parameters) =>
        InPlatformAsync(db =>
        {
            var type = db.Model.FindEntityType(entity)!;
            var table = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
            return db.Database.ExecuteSqlRawAsync(sql.Replace("{table}", table, StringComparison.Ordinal), parameters);
        });
}
