using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Certification;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Application.Rules;
using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.SharedKernel.Security;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>Accounts that receive reminders, running rules and the dispatcher as the jobs do, and reading what was recorded.</summary>
internal sealed class NotificationsApi(CqoApp app)
{
    private static int s_accounts;

    public CertificationApi Certification { get; } = new(app);

    public HttpClient Admin() => app.CreateClientAs(Guid.NewGuid(), NotificationPermissions.Rules, NotificationPermissions.Deliveries);

    /// <summary>A real account (the directory reads real accounts) with an e-mail address of its own.</summary>
    public async Task<UserDto> AccountAsync(string role, ScopeKind kind, Guid? organisationId = null, string? jurisdiction = null, string? culture = null)
    {
        var name = $"notify{Interlocked.Increment(ref s_accounts)}x{Guid.NewGuid():N}"[..24];
        var response = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/users", new
        {
            userName = name,
            displayName = $"收件人{name[^4..]}",
            email = $"{name}@example.cn",
            password = "Passw0rd-long-enough",
            scope = new { kind, organisationId, jurisdictionCode = jurisdiction },
            roles = new[] { role },
        }, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var user = (await response.Content.ReadFromJsonAsync<UserDto>(Json.Options))!;
        if (culture is not null)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var identity = scope.ServiceProvider.GetRequiredService<Cqo.Identity.Infrastructure.IdentityDbContext>();
            await identity.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredCulture, culture));
        }

        return user;
    }

    /// <summary>A certificate whose last day is <paramref name="lastDay"/>, held by a new officer account with an e-mail address.</summary>
    public async Task<(CertificateDto Certificate, string Email)> HolderOfCertificateEndingAsync(DateOnly lastDay)
    {
        var officer = await AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var certificate = await Certification.IssuedByHandAsync(issuedOn: lastDay.AddYears(-3).AddDays(1));
        certificate.ValidUntil.ShouldBe(lastDay);
        await LinkHolderAsync(certificate.Id, officer.Id);
        return (certificate, officer.Email!);
    }

    /// <summary>Sets the clock to 08:00 Shanghai time on <paramref name="day"/> (never backwards).</summary>
    public void MorningOf(DateOnly day)
    {
        var target = day.AtShanghaiTime(new TimeOnly(8, 0));
        if (target > app.Clock.GetUtcNow())
        {
            app.Clock.SetUtcNow(target);
        }
    }

    public DateOnly Today => app.Clock.Today();

    public static Guid RuleId(string key) => RuleIds.Of(key);

    /// <summary>Runs a rule as its job does, <paramref name="times"/> at once (as hosts racing, or a retry would); returns what each recorded.</summary>
    public async Task<int[]> RunAsync(string ruleKey, int times = 2) =>
        await Task.WhenAll(Enumerable.Range(0, times).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RunReminderRule>().RunAsync(RuleId(ruleKey), CancellationToken.None);
        }));

    /// <summary>
    /// Sends what is due, from <paramref name="dispatchers"/> dispatchers at once, then waits for the
    /// host's own queued dispatch jobs to settle what they claimed. Time only moves on an idle system:
    /// a clock jumping a day while a mail is on the wire would end its lease at once, which real time
    /// (five-minute leases, sub-second sends) never does.
    /// </summary>
    public async Task DispatchAsync(int dispatchers = 2)
    {
        await Task.WhenAll(Enumerable.Range(0, dispatchers).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DeliveryDispatcher>().DispatchAsync(CancellationToken.None);
        }));
        for (var waited = 0; waited < 100 && (await DeliveriesAsync(q => q.Where(d => d.LeaseId != null))).Count > 0; waited++)
        {
            await Task.Delay(100);
        }
    }

    public async Task<List<Reminder>> RemindersAsync(string ruleKey, string subjectKey)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var id = RuleId(ruleKey);
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Reminders.AsNoTracking()
            .Where(r => r.RuleId == id && r.SubjectKey == subjectKey).OrderBy(r => r.CreatedAt).ToListAsync();
    }

    public async Task<List<Delivery>> DeliveriesAsync(Func<IQueryable<Delivery>, IQueryable<Delivery>> filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await filter(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Deliveries.AsNoTracking()).OrderBy(d => d.CreatedAt).ToListAsync();
    }

    /// <summary>Names the certificate holder's employer, as issuing does for a sponsored trainee.</summary>
    public async Task LinkEnterpriseAsync(Guid certificateId, Guid enterpriseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Cqo.Certification.Infrastructure.CertificationDbContext>().Certificates
            .Where(c => c.Id == certificateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.EnterpriseId, enterpriseId));
    }

    /// <summary>Links a certificate to the holder's account, as issuing on a pass does for a trainee who applied with one.</summary>
    public async Task LinkHolderAsync(Guid certificateId, Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Cqo.Certification.Infrastructure.CertificationDbContext>().Certificates
            .Where(c => c.Id == certificateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.HolderUserId, userId));
    }
}
