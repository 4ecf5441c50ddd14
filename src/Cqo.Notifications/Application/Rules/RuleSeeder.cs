using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Rules;

/// <summary>Adds the reminder rules of DOMAIN.md §5 that are missing, as each source defines them; never touches edited ones.</summary>
internal sealed class RuleSeeder(NotificationsDbContext db, ReminderSources sources) : IDataSeedContributor
{
    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var existing = await db.Rules.Select(r => r.Key).ToListAsync(cancellationToken);
        foreach (var source in sources.All)
        {
            foreach (var defaults in source.Defaults.Where(d => !existing.Contains(d.Key)))
            {
                var rule = new ReminderRule(RuleIds.Of(defaults.Key), defaults.Key, source.Event)
                {
                    Offsets = [.. defaults.Offsets],
                    Audiences = defaults.Audiences,
                    Channels = defaults.Channels,
                    Cron = defaults.Cron,
                };
                foreach (var template in defaults.Templates)
                {
                    rule.SetTemplate(template.Culture, template.Subject, template.Body);
                }

                db.Rules.Add(rule);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A seeded rule's id follows from its key, so every database and host agrees on it.</summary>
internal static class RuleIds
{
    private static readonly Guid s_namespace = Guid.Parse("5b1f7a43-0c4e-4d0e-9a51-3f6d2f1e8c20");

    public static Guid Of(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData([.. s_namespace.ToByteArray(), .. System.Text.Encoding.UTF8.GetBytes(key)]);
        return new Guid(hash.AsSpan(0, 16));
    }
}
