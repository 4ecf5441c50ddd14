using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Identity.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Application.SecurityLog;

/// <summary>Filters: <c>user</c> (name contains), <c>userId</c>, <c>action</c>, <c>from</c>/<c>to</c> (UTC instants).</summary>
internal sealed record SecurityLogQuery(string? User, Guid? UserId, SecurityAction? Action, DateTimeOffset? From, DateTimeOffset? To);

internal sealed class SecurityLogQueries(IdentityDbContext db)
{
    private static readonly SortMap<SecurityLogEntry> s_sort = new SortMap<SecurityLogEntry>("-at", e => e.Id)
        .Add("at", e => e.At)
        .Add("action", e => e.Action)
        .Add("userName", e => e.UserName);

    public async Task<PagedResult<SecurityLogDto>> ListAsync(SecurityLogQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var entries = db.SecurityLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            entries = entries.Where(e => e.UserName!.Contains(user) || e.ClientId!.Contains(user));
        }

        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        return await entries.ToPageAsync(
            s_sort, page, e => new SecurityLogDto(e.Id, e.At, e.Action, e.UserId, e.UserName, e.ClientId, e.IpAddress, e.UserAgent, e.Detail), cancellationToken);
    }
}
