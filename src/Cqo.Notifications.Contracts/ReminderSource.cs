namespace Cqo.Notifications.Contracts;

/// <summary>
/// Finds, from a module's own tables, what one kind of reminder is due for (DOMAIN.md §5). A reminder
/// rule names its source by <see cref="Event"/>; the notifications module records each due reminder
/// once under (rule, <see cref="DueReminder.SubjectKey"/>, <see cref="DueReminder.Occurrence"/>), so a
/// source may return the same reminder on every run until the state that makes it due changes.
/// </summary>
public interface IReminderSource
{
    /// <summary>The stable name rules refer to, <c>module.what</c> (<c>certification.certificate-expiring</c>).</summary>
    string Event { get; }

    /// <summary>What a rule's offsets count: days before, days after, or working days after the event.</summary>
    OffsetUnit Unit { get; }

    /// <summary>The template fields every reminder of this source carries in <see cref="DueReminder.Values"/>.</summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>The rules DOMAIN.md §5 asks of this source, seeded once; administrators edit them afterwards.</summary>
    IReadOnlyList<DefaultRule> Defaults { get; }

    /// <summary>The reminders due on <see cref="ReminderWindow.Today"/> or in the catch-up days before it.</summary>
    IAsyncEnumerable<DueReminder> FindDueAsync(ReminderWindow window, CancellationToken cancellationToken);

    /// <summary>Whether this source's e-mails carry a file (<see cref="AttachAsync"/>); the dispatcher asks only those that do.</summary>
    bool Attaches => false;

    /// <summary>A file sent with the e-mail of a reminder about <paramref name="subjectKey"/> (a course's iCalendar), if any.</summary>
    Task<ReminderAttachment?> AttachAsync(string subjectKey, CancellationToken cancellationToken) => Task.FromResult<ReminderAttachment?>(null);
}

public enum OffsetUnit
{
    DaysBefore,
    DaysAfter,
    WorkingDaysAfter,
}

/// <summary>
/// One run's question: what is due <see cref="Today"/> (Asia/Shanghai) at these offsets. A reminder
/// whose day fell in the <see cref="CatchUpDays"/> before today and was missed (no host ran) is due too.
/// </summary>
public sealed record ReminderWindow(DateOnly Today, IReadOnlyList<int> Offsets, int CatchUpDays, ReminderAudience Audiences)
{
    /// <summary>The first day whose reminders are still sent.</summary>
    public DateOnly From => Today.AddDays(-CatchUpDays);

    /// <summary>The event days (a last day of validity) for which a reminder <c>offset</c> days before falls in the window.</summary>
    public IReadOnlyList<DateOnly> EventDaysBefore() =>
        [.. Offsets.SelectMany(o => Days().Select(d => d.AddDays(o))).Distinct().Order()];

    /// <summary>The event days (a return, an exam) for which a reminder <c>offset</c> days after falls in the window.</summary>
    public IReadOnlyList<DateOnly> EventDaysAfter() =>
        [.. Offsets.SelectMany(o => Days().Select(d => d.AddDays(-o))).Distinct().Order()];

    /// <summary>
    /// The offset due for an event on <paramref name="eventDay"/>: of those whose day falls in the
    /// window, the one nearest the event, so a host that was down sends the latest reminder, not
    /// every one it missed.
    /// </summary>
    public int? OffsetBefore(DateOnly eventDay) => Nearest(Offsets.Where(o => InWindow(eventDay.AddDays(-o))), max: false);

    /// <summary>As <see cref="OffsetBefore"/> for reminders after the event: the latest offset reached.</summary>
    public int? OffsetAfter(DateOnly eventDay) => Nearest(Offsets.Where(o => InWindow(eventDay.AddDays(o))), max: true);

    public bool InWindow(DateOnly day) => day >= From && day <= Today;

    private IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= Today; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static int? Nearest(IEnumerable<int> offsets, bool max) =>
        offsets.Select(o => (int?)o).Aggregate((int?)null, (best, o) => best is null || (max ? o > best : o < best) ? o : best);
}

/// <summary>
/// A reminder rule as first seeded; its templates hold a zh-CN and an en version. A rule for an
/// organisation's administrators names the webhook channel too: it posts only to organisations that
/// set up a group-chat robot.
/// </summary>
public sealed record DefaultRule(
    string Key,
    IReadOnlyList<int> Offsets,
    ReminderAudience Audiences,
    NotificationChannel Channels,
    string Cron,
    IReadOnlyList<DefaultTemplate> Templates);

public sealed record DefaultTemplate(string Culture, string Subject, string Body);

/// <summary>
/// A reminder that is due: about which record (<see cref="SubjectKey"/>), for which occasion
/// (<see cref="Occurrence"/>: the offset and the date it counts from, so a changed date is a new
/// occasion), for whom (<see cref="Parties"/>), with the template's values and a link into the platform.
/// </summary>
public sealed record DueReminder(
    string SubjectKey,
    string Occurrence,
    DateOnly DueOn,
    ReminderParties Parties,
    IReadOnlyDictionary<string, object?> Values,
    string Link);

/// <summary>Who a reminder concerns; the rule's audiences pick which of them hear about it.</summary>
public sealed record ReminderParties(
    Guid? HolderUserId = null,
    Guid? EnterpriseId = null,
    Guid? ProviderId = null,
    string? JurisdictionCode = null);

/// <summary>Who hears about a reminder, as flags so a rule may name several.</summary>
[Flags]
public enum ReminderAudience
{
    None = 0,

    /// <summary>The person the record is about (holder, trainee, officer), by their account.</summary>
    Holder = 1,

    /// <summary>The enterprise's administrators, and its group chat.</summary>
    Enterprise = 2,

    /// <summary>The training provider's administrators, and its group chat.</summary>
    Provider = 4,

    /// <summary>The regulators of the record's regulator unit.</summary>
    DistrictRegulator = 8,

    /// <summary>The municipal regulator's staff.</summary>
    MunicipalRegulator = 16,
}

/// <summary>How a reminder reaches people, as flags so a rule may use several.</summary>
[Flags]
public enum NotificationChannel
{
    None = 0,
    Email = 1,
    Inbox = 2,
    Webhook = 4,
}

public sealed record ReminderAttachment(string FileName, string ContentType, byte[] Content);
