using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Platform.Localization;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Notifications.Application.Rules;

/// <summary>The reminder rules as administrators see and edit them; an edit reschedules the rule's job at once.</summary>
internal sealed class ReminderRules(NotificationsDbContext db, ReminderSources sources, RuleSchedule schedule)
{
    public async Task<IReadOnlyList<ReminderRuleDto>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.Rules.AsNoTracking().OrderBy(r => r.Key).ToListAsync(cancellationToken)).Select(ToDto)];

    public async Task<ReminderRuleDto> GetAsync(Guid id, CancellationToken cancellationToken) => ToDto(await FindAsync(id, cancellationToken));

    public async Task<ReminderRuleDto> SaveAsync(Guid id, SaveRuleRequest request, CancellationToken cancellationToken)
    {
        var rule = await FindAsync(id, cancellationToken);
        CheckPlaceholders(rule, request.Templates);
        db.ExpectConcurrencyStamp(rule, request.ConcurrencyStamp);
        rule.Offsets = [.. request.Offsets.Distinct().OrderDescending()];
        rule.Audiences = request.Audiences;
        rule.Channels = request.Channels;
        rule.Cron = request.Cron.Trim();
        rule.CatchUpDays = request.CatchUpDays;
        rule.Enabled = request.Enabled;
        foreach (var template in request.Templates)
        {
            rule.SetTemplate(template.Culture, template.Subject.Trim(), template.Body.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        schedule.Apply(rule);
        return ToDto(rule);
    }

    public async Task<ReminderRule> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Rules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException("ReminderRule", id);

    /// <summary>A placeholder the source does not fill would reach people as a blank: refused, naming the template.</summary>
    private void CheckPlaceholders(ReminderRule rule, IReadOnlyList<RuleTemplateDto> templates)
    {
        var fields = (sources.Find(rule.Event)?.Fields ?? []).Append(TemplateRenderer.LinkField).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, ErrorMessage[]>();
        for (var i = 0; i < templates.Count; i++)
        {
            foreach (var (part, text) in new[] { ("subject", templates[i].Subject), ("body", templates[i].Body) })
            {
                var unknown = TemplateRenderer.Placeholders(text).Where(p => !fields.Contains(p)).Distinct().ToList();
                if (unknown.Count > 0)
                {
                    errors[$"templates[{i}].{part}"] = [new ErrorMessage("Notifications:UnknownPlaceholders", string.Join(", ", unknown), string.Join(", ", fields.Order()))];
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    private ReminderRuleDto ToDto(ReminderRule rule)
    {
        var source = sources.Find(rule.Event);
        return new ReminderRuleDto(rule.Id, rule.Key, rule.Event, source?.Unit ?? OffsetUnit.DaysBefore, source?.Fields ?? [],
            rule.Offsets, rule.Audiences, rule.Channels, rule.Cron, rule.CatchUpDays, rule.Enabled,
            [.. rule.Templates.OrderBy(t => t.Culture == SupportedCultures.Default ? 0 : 1).Select(t => new RuleTemplateDto(t.Culture, t.Subject, t.Body))],
            rule.ConcurrencyStamp);
    }
}
