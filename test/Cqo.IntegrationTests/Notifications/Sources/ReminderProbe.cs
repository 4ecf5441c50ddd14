using System.Reflection;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>
/// Asks one module's reminder source what is due on a chosen day, as a run of its default rule
/// would (its offsets and audiences), without moving the shared clock. Every answer is checked for
/// what the notifications module relies on: a record's id as subject, the source's fields as values,
/// a link to a page of the platform.
/// </summary>
internal sealed class ReminderProbe(CqoApp app, string @event)
{
    private static readonly string[][] s_pages = [.. typeof(Program).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => r.Template.Trim('/').Split('/'))];

    /// <summary>What is due on <paramref name="day"/>, with the rule's offsets unless given, and no catch-up unless asked.</summary>
    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly day, int catchUpDays = 0, IReadOnlyList<int>? offsets = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var source = SourceIn(scope.ServiceProvider);
        var rule = source.Defaults.ShouldHaveSingleItem();
        var due = new List<DueReminder>();
        await foreach (var reminder in source.FindDueAsync(new ReminderWindow(day, offsets ?? rule.Offsets, catchUpDays, rule.Audiences), CancellationToken.None))
        {
            Guid.TryParse(reminder.SubjectKey, out _).ShouldBeTrue($"{@event}: the subject names a record by its id");
            reminder.Values.Keys.Order().ShouldBe(source.Fields.Order(), $"{@event}: the values are the source's fields");
            IsPage(reminder.Link).ShouldBeTrue($"{@event}: {reminder.Link} is a page of the platform");
            due.Add(reminder);
        }

        return due;
    }

    /// <summary>The reminder about <paramref name="subject"/> due on <paramref name="day"/>, if any (the database is shared with other tests).</summary>
    public async Task<DueReminder?> AboutAsync(Guid subject, DateOnly day, int catchUpDays = 0) =>
        (await DueAsync(day, catchUpDays)).SingleOrDefault(r => r.SubjectKey == subject.ToString());

    /// <summary>The days from <paramref name="first"/> to <paramref name="last"/> on which a reminder about <paramref name="subject"/> is due.</summary>
    public async Task<IReadOnlyList<DateOnly>> DaysDueAsync(Guid subject, DateOnly first, DateOnly last)
    {
        var days = new List<DateOnly>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (await AboutAsync(subject, day) is not null)
            {
                days.Add(day);
            }
        }

        return days;
    }

    public async Task<ReminderAttachment?> AttachAsync(Guid subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await SourceIn(scope.ServiceProvider).AttachAsync(subject.ToString(), CancellationToken.None);
    }

    private IReminderSource SourceIn(IServiceProvider services) => services.GetServices<IReminderSource>().Single(s => s.Event == @event);

    /// <summary>Whether a Blazor page's route matches the path: <c>{Id:guid}</c> takes a Guid, other parameters any segment.</summary>
    private static bool IsPage(string link)
    {
        if (!link.StartsWith('/'))
        {
            return false;
        }

        var segments = link.Trim('/').Split('/');
        return s_pages.Any(route => route.Length == segments.Length && route.Zip(segments).All(p =>
            p.First.StartsWith('{') ? !p.First.Contains(":guid", StringComparison.Ordinal) || Guid.TryParse(p.Second, out _) : p.First == p.Second));
    }
}
