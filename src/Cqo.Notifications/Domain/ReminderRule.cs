using Cqo.Notifications.Contracts;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Domain;

namespace Cqo.Notifications.Domain;

/// <summary>
/// One reminder of DOMAIN.md §5 as data: which source finds what is due (<see cref="Event"/>), at
/// which offsets, for whom, on which channels, with which words. Each rule runs as its own
/// recurring job (<see cref="JobId"/>) on its <see cref="Cron"/>, read in Asia/Shanghai.
/// </summary>
internal sealed class ReminderRule : AggregateRoot
{
    public ReminderRule(Guid id, string key, string @event) : base(id)
    {
        Key = key;
        Event = @event;
    }

    private ReminderRule() { }

    /// <summary>The rule's stable name (<c>certificate-expiry</c>); its job id and seed key.</summary>
    public string Key { get; private set; } = "";

    public string Event { get; private set; } = "";

    /// <summary>Days or working days (the source says which); a reminder goes out at each.</summary>
    public List<int> Offsets { get; set; } = [];

    public ReminderAudience Audiences { get; set; }

    public NotificationChannel Channels { get; set; }

    public string Cron { get; set; } = "0 8 * * *";

    /// <summary>A reminder missed on its day (no host ran) still goes out this many days later.</summary>
    public int CatchUpDays { get; set; } = 3;

    public bool Enabled { get; set; } = true;

    public List<RuleTemplate> Templates { get; private set; } = [];

    public string JobId => JobIdOf(Key);

    public static string JobIdOf(string key) => $"notifications:reminder:{key}";

    /// <summary>The words for <paramref name="culture"/>, else the Chinese ones (every rule has them).</summary>
    public RuleTemplate TemplateFor(string culture) =>
        Templates.FirstOrDefault(t => t.Culture == culture) ?? Templates.First(t => t.Culture == SupportedCultures.Default);

    public void SetTemplate(string culture, string subject, string body)
    {
        Templates.RemoveAll(t => t.Culture == culture);
        Templates.Add(new RuleTemplate(culture, subject, body));
    }
}

/// <summary>A rule's words in one language: a subject line and a body, with <c>{field}</c> placeholders.</summary>
internal sealed class RuleTemplate(string culture, string subject, string body)
{
    public string Culture { get; private set; } = culture;

    public string Subject { get; private set; } = subject;

    public string Body { get; private set; } = body;
}
