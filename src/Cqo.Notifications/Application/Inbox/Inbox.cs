using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Inbox;

/// <summary>The caller's in-app messages: the inbox deliveries addressed to their account, and nobody else's.</summary>
internal sealed class Inbox(NotificationsDbContext db, ICurrentUser user, TimeProvider clock)
{
    private static readonly SortMap<Delivery> s_sort = new SortMap<Delivery>("-createdAt", d => d.Id).Add("createdAt", d => d.CreatedAt);

    public Task<PagedResult<InboxItemDto>> ListAsync(bool unreadOnly, PageRequest page, CancellationToken cancellationToken)
    {
        var items = Mine();
        if (unreadOnly)
        {
            items = items.Where(d => d.ReadAt == null);
        }

        return items.ToPageAsync(s_sort, page, d => new InboxItemDto(d.Id, d.Subject, d.Body, d.Link, d.CreatedAt, d.ReadAt), cancellationToken);
    }

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken) => Mine().CountAsync(d => d.ReadAt == null, cancellationToken);

    public async Task MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await Mine().Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.ReadAt, d => d.ReadAt ?? now), cancellationToken) == 0)
        {
            throw new NotFoundException("InboxItem", id);
        }
    }

    public async Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await Mine().Where(d => d.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.ReadAt, now), cancellationToken);
    }

    private IQueryable<Delivery> Mine()
    {
        var me = user.AccountId();
        return db.Deliveries.AsNoTracking().Where(d => d.RecipientUserId == me && d.Channel == NotificationChannel.Inbox && d.Status == DeliveryStatus.Sent);
    }
}
