using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Identity.Infrastructure.Accounts;

/// <summary>
/// Writes security events in a unit of work of their own, so that a failed sign-in is recorded even
/// though nothing else is saved.
/// </summary>
internal sealed class SecurityLogWriter(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock)
{
    private static long s_lastTicks;

    public Task WriteAsync(SecurityAction action, UserAccount? user, string? detail = null, string? userName = null) =>
        WriteAsync(new SecurityEvent(action, user?.Id, user?.UserName ?? userName, null, detail,
            user?.OrganisationId, user?.JurisdictionCode));

    public Task WriteForClientAsync(SecurityAction action, IntegrationClient client, string? detail = null) =>
        WriteAsync(new SecurityEvent(action, null, null, client.ClientId, detail, client.OrganisationId, client.JurisdictionCode));

    private async Task WriteAsync(SecurityEvent e)
    {
        var request = http.HttpContext;
        var now = NextInstant(clock.GetUtcNow().ToStoragePrecision());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        db.SecurityLog.Add(new SecurityLogEntry
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            Action = e.Action,
            UserId = e.UserId,
            UserName = Truncate(e.UserName, IdentityLimits.UserNameMaxLength),
            ClientId = e.ClientId,
            IpAddress = request?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(request?.Request.Headers.UserAgent.ToString(), SecurityLogEntry.UserAgentMaxLength),
            Detail = Truncate(e.Detail, SecurityLogEntry.DetailMaxLength),
            OrganisationId = e.OrganisationId,
            JurisdictionCode = e.JurisdictionCode,
            OwnerUserId = e.UserId,
        });
        await db.SaveChangesAsync();
    }

    // Events of one request (a failure and the lockout it causes) get distinct, increasing
    // instants, a microsecond apart at most, so the log reads in the order things happened.
    private static DateTimeOffset NextInstant(DateTimeOffset now)
    {
        while (true)
        {
            var last = Interlocked.Read(ref s_lastTicks);
            var next = Math.Max(now.UtcTicks, last + TimeSpan.TicksPerMicrosecond);
            if (Interlocked.CompareExchange(ref s_lastTicks, next, last) == last)
            {
                return new DateTimeOffset(next, TimeSpan.Zero);
            }
        }
    }

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];

    private sealed record SecurityEvent(
        SecurityAction Action, Guid? UserId, string? UserName, string? ClientId, string? Detail, Guid? OrganisationId, string? JurisdictionCode);
}
