using System.Globalization;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Application.Rules;
using Cqo.Notifications.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>The rules every module's sources seed: words in both languages using only their source's fields, a name, a schedule.</summary>
[Collection(HostCollection.Name)]
public sealed class ReminderDefaultsTests(CqoApp app)
{
    public static TheoryData<string> Events =>
    [
        "training.enrolment-closing", "training.course-starting", "training.course-under-filled", "training.scores-unpublished",
        "training.retake-window", "training.course-cancelled", "registry.filing-returned", "registry.filing-ended", "registry.term-ending",
        "certification.credits-below-target",
    ];

    [Theory]
    [MemberData(nameof(Events))]
    public void Each_rule_has_words_in_both_languages_from_its_sources_fields_and_a_name_in_both(string @event)
    {
        using var scope = app.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().Single(s => s.Event == @event);
        var texts = scope.ServiceProvider.GetRequiredService<IStringLocalizer>();
        var fields = source.Fields.Append(TemplateRenderer.LinkField).ToHashSet();

        source.Defaults.ShouldNotBeEmpty();
        foreach (var rule in source.Defaults)
        {
            rule.Templates.Select(t => t.Culture).Order().ShouldBe(["en", "zh-CN"]);
            rule.Templates.SelectMany(t => TemplateRenderer.Placeholders(t.Subject + t.Body)).Where(p => !fields.Contains(p)).ShouldBeEmpty($"{rule.Key} uses only {@event}'s fields");
            rule.Templates.ShouldAllBe(t => t.Body.Contains("{link}"));
            CronFormat.IsValid(rule.Cron).ShouldBeTrue(rule.Cron);
            rule.Offsets.ShouldNotBeEmpty();
            foreach (var culture in new[] { "zh-CN", "en" })
            {
                NamesIn(texts, culture).ShouldContain($"ReminderRule:{rule.Key}", $"{rule.Key} is named in {culture}");
            }
        }
    }

    [Fact]
    public void No_two_sources_share_an_event_or_a_rule_key()
    {
        using var scope = app.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IReminderSource>().ToList();

        sources.Select(s => s.Event).ShouldBeUnique();
        sources.SelectMany(s => s.Defaults).Select(r => r.Key).ShouldBeUnique();
    }

    private static List<string> NamesIn(IStringLocalizer texts, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return [.. texts.GetAllStrings(false).Select(s => s.Name)];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
