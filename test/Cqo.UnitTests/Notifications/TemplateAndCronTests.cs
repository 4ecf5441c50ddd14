using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Application.Rules;
using Cqo.Notifications.Domain;

namespace Cqo.UnitTests.Notifications;

public sealed class TemplateAndCronTests
{
    private static ReminderRule Rule()
    {
        var rule = new ReminderRule(Guid.NewGuid(), "certificate-expiry", "certification.certificate-expiring");
        rule.SetTemplate("zh-CN", "证书 {number} 于 {validUntil} 到期", "{holderName}：还剩 {daysLeft} 天。\n{filings}\n{link}");
        rule.SetTemplate("en", "Certificate {number} expires on {validUntil}", "{holderName}: {daysLeft} days left. {missing}");
        return rule;
    }

    private static readonly Dictionary<string, object?> s_values = new()
    {
        ["number"] = "SHCQO-2026-310115-000001",
        ["validUntil"] = new DateOnly(2027, 3, 5),
        ["holderName"] = "王小明",
        ["daysLeft"] = 7,
        ["filings"] = new List<string> { "· 甲", "· 乙" },
    };

    [Fact]
    public void Chinese_fills_dates_as_Chinese_calendar_days_and_lists_one_item_a_line()
    {
        var message = TemplateRenderer.Render(Rule(), "zh-CN", s_values, "https://cqo.example.cn/certification/mine");
        message.Subject.ShouldBe("证书 SHCQO-2026-310115-000001 于 2027年3月5日 到期");
        message.Body.ShouldBe("王小明：还剩 7 天。\n· 甲\n· 乙\nhttps://cqo.example.cn/certification/mine");
    }

    [Fact]
    public void English_fills_dates_in_English_and_an_unknown_value_reads_as_nothing()
    {
        var message = TemplateRenderer.Render(Rule(), "en", s_values, "");
        message.Subject.ShouldBe("Certificate SHCQO-2026-310115-000001 expires on 5 March 2027");
        message.Body.ShouldBe("王小明: 7 days left. ");
    }

    [Fact]
    public void A_language_without_its_own_words_gets_the_Chinese_ones()
    {
        TemplateRenderer.Render(Rule(), "fr", s_values, "").Culture.ShouldBe("zh-CN");
        TemplateRenderer.Placeholders("{a} and {b2} but not { c } or {1x}").ShouldBe(["a", "b2"]);
    }

    [Theory]
    [InlineData("0 8 * * *", true)]
    [InlineData("*/15 * * * *", true)]
    [InlineData("30 8 * * 1-5", true)]
    [InlineData("0 8,12 1 1,6 0", true)]
    [InlineData("0 8 * *", false)]
    [InlineData("60 8 * * *", false)]
    [InlineData("0 24 * * *", false)]
    [InlineData("0 8 0 * *", false)]
    [InlineData("0 8 * 13 *", false)]
    [InlineData("5-1 8 * * *", false)]
    [InlineData("*/0 8 * * *", false)]
    [InlineData("@daily", false)]
    [InlineData("0 8 * * MON", false)]
    public void Cron_expressions_are_five_numeric_fields_within_their_ranges(string cron, bool valid) =>
        CronFormat.IsValid(cron).ShouldBe(valid);
}
