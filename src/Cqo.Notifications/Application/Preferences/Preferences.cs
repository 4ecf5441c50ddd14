using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Preferences;

/// <summary>
/// Which reminders reach the caller on which channels: every rule whose audience includes them, less
/// what they switched off. An organisation's administrators choose the same for its group chat.
/// </summary>
internal sealed class Preferences(NotificationsDbContext db, ICurrentUser user, UnsubscribeLinks links, TimeProvider clock)
{
    public async Task<IReadOnlyList<PreferenceDto>> MineAsync(CancellationToken cancellationToken) =>
        await ListAsync(user.AccountId(), AudienceOf(user.Scope.Kind), ~NotificationChannel.Webhook, cancellationToken);

    public async Task SetMineAsync(Guid ruleId, NotificationChannel optedOut, CancellationToken cancellationToken) =>
        await SetAsync(user.AccountId(), ruleId, optedOut & ~NotificationChannel.Webhook, cancellationToken);

    public async Task<IReadOnlyList<PreferenceDto>> OrganisationAsync(CancellationToken cancellationToken) =>
        await ListAsync(user.OrganisationId(), AudienceOf(user.Scope.Kind), NotificationChannel.Webhook, cancellationToken);

    public async Task SetOrganisationAsync(Guid ruleId, NotificationChannel optedOut, CancellationToken cancellationToken) =>
        await SetAsync(user.OrganisationId(), ruleId, optedOut & NotificationChannel.Webhook, cancellationToken);

    /// <summary>RFC 8058 one-click unsubscribe: the token's account stops getting the token's rule by e-mail. False for a token not issued here.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not (var userId, var ruleId))
        {
            return false;
        }

        var current = await OptedOutAsync(userId, ruleId, cancellationToken);
        await SetAsync(userId, ruleId, current | NotificationChannel.Email, cancellationToken);
        return true;
    }

    /// <summary>The rule a token would unsubscribe from, for the confirmation page; null for a bad token.</summary>
    public async Task<string?> RuleKeyOfAsync(string? token, CancellationToken cancellationToken) =>
        links.Read(token) is (_, var ruleId)
            ? await db.Rules.AsNoTracking().Where(r => r.Id == ruleId).Select(r => r.Key).FirstOrDefaultAsync(cancellationToken)
            : null;

    public static ReminderAudience AudienceOf(ScopeKind kind) => kind switch
    {
        ScopeKind.Individual => ReminderAudience.Holder,
        ScopeKind.Enterprise => ReminderAudience.Enterprise,
        ScopeKind.TrainingProvider => ReminderAudience.Provider,
        ScopeKind.DistrictRegulator => ReminderAudience.DistrictRegulator,
        ScopeKind.MunicipalRegulator => ReminderAudience.MunicipalRegulator,
        _ => ReminderAudience.None,
    };

    private async Task<IReadOnlyList<PreferenceDto>> ListAsync(Guid ownerId, ReminderAudience audience, NotificationChannel channels, CancellationToken cancellationToken)
    {
        var rules = await db.Rules.AsNoTracking().Where(r => r.Enabled).OrderBy(r => r.Key).ToListAsync(cancellationToken);
        var optOuts = await db.OptOuts.AsNoTracking().Where(o => o.OwnerId == ownerId).ToListAsync(cancellationToken);
        return [.. rules.Where(r => (r.Audiences & audience) != 0 && (r.Channels & channels) != 0)
            .Select(r => new PreferenceDto(r.Id, r.Key, r.Channels & channels,
                optOuts.Where(o => o.RuleId == r.Id || o.RuleId == OptOut.AllRules).Aggregate(NotificationChannel.None, (all, o) => all | o.Channel) & channels))];
    }

    private async Task<NotificationChannel> OptedOutAsync(Guid ownerId, Guid ruleId, CancellationToken cancellationToken) =>
        (await db.OptOuts.AsNoTracking().Where(o => o.OwnerId == ownerId && o.RuleId == ruleId).Select(o => o.Channel).ToListAsync(cancellationToken))
            .Aggregate(NotificationChannel.None, (all, c) => all | c);

    /// <summary>Replaces the owner's opt-outs for one rule (or all rules) with <paramref name="optedOut"/>.</summary>
    private async Task SetAsync(Guid ownerId, Guid ruleId, NotificationChannel optedOut, CancellationToken cancellationToken)
    {
        if (ruleId != OptOut.AllRules && !await db.Rules.AnyAsync(r => r.Id == ruleId, cancellationToken))
        {
            throw new NotFoundException("ReminderRule", ruleId);
        }

        var now = clock.GetUtcNow();
        await db.OptOuts.Where(o => o.OwnerId == ownerId && o.RuleId == ruleId).ExecuteDeleteAsync(cancellationToken);
        foreach (var channel in Enum.GetValues<NotificationChannel>().Where(c => c != NotificationChannel.None && optedOut.HasFlag(c)))
        {
            db.OptOuts.Add(new OptOut(ownerId, ruleId, channel, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same choice saved at the same moment elsewhere (a double click): it stands.
        }
    }
}
