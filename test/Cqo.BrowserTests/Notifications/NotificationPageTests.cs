using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.BrowserTests.Certification;
using Cqo.BrowserTests.Infrastructure;
using Cqo.Notifications.Contracts;
using Microsoft.Playwright;
using static Cqo.BrowserTests.Infrastructure.PageActions;
using static Microsoft.Playwright.Assertions;

namespace Cqo.BrowserTests.Notifications;

/// <summary>
/// The notification pages: an officer's inbox and the header's bell, the platform administrator's rules with their dry run
/// and the delivery log's resend, the unsubscribe page without JavaScript, and an enterprise's group-chat robot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NotificationPageTests(BrowserHost host)
{
    [Fact]
    public Task An_officer_reads_inbox_messages_and_the_bell_follows() => host.RunAsync(async page =>
    {
        var officer = await NotificationData.AccountAsync(host.Services, "officer");
        await NotificationData.ReadAllAsync(host.Services, officer.Id);
        var tag = Random.Shared.Next(100_000, 1_000_000);
        var first = $"浏览器测试：站内消息{tag}甲";
        var second = $"浏览器测试：站内消息{tag}乙";
        await NotificationData.InboxMessageAsync(host.Services, officer, first, "第一行\n第二行 <b>不是粗体</b>", "http://localhost:5080/certification/mine");
        await NotificationData.InboxMessageAsync(host.Services, officer, second, "请查看您的证书。", "http://localhost:5080/certification/mine");

        await SignInAsync(page, "officer", DemoPassword);
        var badge = page.GetByTestId("inbox-unread");
        await Expect(badge.GetByRole(AriaRole.Status)).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("nav-inbox")).ToBeVisibleAsync();
        await page.GotoAsync("/notifications");

        // Newest first; the body is text with its line break, not markup.
        var items = page.GetByTestId("inbox-item");
        await Expect(items.First.GetByTestId("inbox-subject")).ToHaveTextAsync(second);
        var firstItem = items.Filter(new LocatorFilterOptions { Has = page.GetByText(first) });
        var body = firstItem.GetByTestId("inbox-body");
        await Expect(body).ToContainTextAsync("<b>不是粗体</b>");
        await Expect(body.Locator("b")).ToHaveCountAsync(0);
        (await body.InnerTextAsync()).ShouldContain("第一行\n第二行");
        await Expect(firstItem.GetByTestId("inbox-time")).ToHaveTextAsync(DateTimePattern());

        await ClickUntilAsync(firstItem.GetByTestId("inbox-mark-read"), page.Locator($"[data-testid='inbox-item'][data-read='true']:has-text('{first}')"));
        await Expect(badge.GetByRole(AriaRole.Status)).ToHaveTextAsync("1");
        await Expect(firstItem.GetByTestId("inbox-mark-read")).ToHaveCountAsync(0);

        // Only unread: the other one. Opening its link reads it and goes to the page it names; the badge is gone.
        await page.GetByTestId("inbox-unread-only").ClickAsync();
        await Expect(items).ToHaveCountAsync(1);
        await Expect(items.GetByTestId("inbox-subject")).ToHaveTextAsync(second);
        await items.GetByTestId("inbox-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(MyCertificatesUrl());
        await Expect(badge.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        await Expect(badge).ToHaveAttributeAsync("data-count", "0");
    });

    [Fact]
    public Task The_administrator_edits_a_rules_words_and_the_dry_run_shows_them() => host.RunAsync(async page =>
    {
        // A certificate of the demo officer's issued today: the rule's 90-days-before reminder falls 90 days before its last day.
        var certificate = await Certificates.IssuedToDemoOfficerAsync(host.Services, $"浏览器测试：提醒预演{Random.Shared.Next(100_000, 1_000_000)}");
        var validUntil = certificate.ValidUntil!.Value;
        var day = validUntil.AddDays(-90);
        var subject = "浏览器测试：证书 {number} 将于 {validUntil} 到期（剩 {daysLeft} 天）";
        var rendered = $"浏览器测试：证书 {certificate.Number} 将于 {validUntil.ToString("yyyy年M月d日", CultureInfo.GetCultureInfo("zh-CN"))} 到期（剩 90 天）";

        await SignInAsync(page, "admin", BrowserHost.AdminPassword);
        await Expect(page.GetByTestId("nav-reminders")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/reminders");
        var row = page.Locator($"[data-testid='rule-row'][data-key='{NotificationData.CertificateExpiry}']");
        await Expect(row.GetByTestId("rule-name")).ToHaveTextAsync("证书到期提醒（本人）");
        await Expect(row.GetByTestId("rule-offsets")).ToContainTextAsync("90");

        // A placeholder the source does not fill is refused under the subject; the right ones are saved.
        await ClickUntilAsync(row.GetByTestId("rule-edit"), page.Locator("#rule-subject-zh"));
        await Expect(page.GetByTestId("rule-placeholders")).ToContainTextAsync("{daysLeft}");
        await page.Locator("#rule-subject-zh").FillAsync("浏览器测试：{unknownField}");
        await page.GetByTestId("rule-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("unknownField");
        await page.Locator("#rule-subject-zh").FillAsync(subject);
        await DismissMessagesAsync(page);
        await page.GetByTestId("rule-save").ClickAsync();
        await Expect(page.GetByTestId("rule-save")).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("已保存");
        await DismissMessagesAsync(page);

        // The dry run for that day, for this rule: the officer's inbox message with the new words.
        var dayInput = page.Locator("#dry-run-day");
        await dayInput.FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await dayInput.PressAsync("Tab");
        await ChooseAsync(page, page.GetByTestId("dry-run-rule"), "证书到期提醒（本人）");
        await page.GetByTestId("dry-run-submit").ClickAsync();
        var lines = page.Locator($"[data-testid='dry-run-row'][data-subject-key='{certificate.Id}']");
        var inbox = lines.And(page.Locator("[data-channel='Inbox']"));
        await Expect(inbox.GetByTestId("dry-run-subject")).ToHaveTextAsync(rendered);
        await Expect(inbox.GetByTestId("dry-run-recipient")).ToHaveTextAsync("首席质量官学员");
        await Expect(inbox).ToContainTextAsync($"90@{validUntil:yyyy-MM-dd}");
        await Expect(lines.And(page.Locator("[data-channel='Email']"))).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("dry-run-count")).ToContainTextAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    });

    [Fact]
    public Task The_delivery_log_filters_by_status_and_resends_a_sent_email() => host.RunAsync(async page =>
    {
        var tag = Random.Shared.Next(100_000, 1_000_000);
        var recipient = $"投递测试{tag}";
        var sent = await NotificationData.EmailDeliveryAsync(host.Services, recipient, $"delivery{tag}@example.cn", $"浏览器测试：已发送{tag}", DeliveryStatus.Sent);
        await NotificationData.EmailDeliveryAsync(host.Services, recipient, $"delivery{tag}@example.cn", $"浏览器测试：失败{tag}", DeliveryStatus.Dead, "550 mailbox unavailable");

        await SignInAsync(page, "admin", BrowserHost.AdminPassword);
        await Expect(page.GetByTestId("nav-deliveries")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/deliveries");
        await Expect(page.GetByTestId("deliveries-jobs")).ToHaveAttributeAsync("href", "/jobs");
        var rows = page.GetByTestId("delivery-row");
        await FillUntilAsync(page.Locator("#deliveries-recipient"), recipient, page.GetByTestId("list-total").Filter(new LocatorFilterOptions { HasText = "共 2 条" }));
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Filter(new LocatorFilterOptions { HasText = "550 mailbox unavailable" }).GetByTestId("delivery-status")).ToHaveTextAsync("发送失败");

        await ChooseAsync(page, page.GetByTestId("deliveries-status"), "已发送");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToHaveAttributeAsync("data-id", sent.ToString());

        await rows.GetByTestId("delivery-resend").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确定" });
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync($"浏览器测试：已发送{tag}");
        await confirm.ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync(recipient);
        await DismissMessagesAsync(page);

        // The new delivery waits to be sent (no mail server here), naming the one it sends again; the old one keeps its outcome.
        await ChooseAsync(page, page.GetByTestId("deliveries-status"), "待发送");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToHaveAttributeAsync("data-resend-of", sent.ToString());
        await Expect(rows.GetByTestId("delivery-status")).ToHaveTextAsync("待发送");
        await Expect(rows.GetByTestId("delivery-resend")).ToHaveCountAsync(0);
        var stored = await NotificationData.DeliveriesToAsync(host.Services, recipient);
        stored.Count.ShouldBe(3);
        stored.ShouldContain((DeliveryStatus.Pending, sent));
        stored.ShouldContain((DeliveryStatus.Sent, null));
    });

    [Fact]
    public async Task The_unsubscribe_page_works_without_JavaScript_and_an_unknown_link_is_not_found()
    {
        var officer = await NotificationData.AccountAsync(host.Services, "officer");
        var ruleId = await NotificationData.RuleIdAsync(host.Services);
        var token = NotificationData.UnsubscribeToken(host.Services, officer.Id, ruleId);
        var page = await host.NewPageAsync(javaScriptEnabled: false);
        try
        {
            await page.GotoAsync($"/unsubscribe?token={token}");
            await Expect(page.GetByTestId("unsubscribe-rule")).ToHaveTextAsync("证书到期提醒（本人）");
            (await NotificationData.OptedOutAsync(host.Services, officer.Id, ruleId)).HasFlag(NotificationChannel.Email).ShouldBeFalse();

            await page.GetByTestId("unsubscribe-submit").ClickAsync();
            await Expect(page.GetByTestId("unsubscribe-done")).ToContainTextAsync("证书到期提醒（本人）");
            await Expect(page).ToHaveURLAsync(new Regex("done=true"));
            (await NotificationData.OptedOutAsync(host.Services, officer.Id, ruleId)).ShouldBe(NotificationChannel.Email);

            var response = await page.GotoAsync("/unsubscribe?token=not-a-token");
            response!.Status.ShouldBe(404);
            await Expect(page.GetByTestId("unsubscribe-invalid")).ToContainTextAsync("退订链接无效");
            await Expect(page.GetByTestId("unsubscribe-form")).ToHaveCountAsync(0);
        }
        catch
        {
            await SaveFailureAsync(page, $"{nameof(NotificationPageTests)}.unsubscribe");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
            await NotificationData.OptInAsync(host.Services, officer.Id, ruleId);
        }
    }

    [Fact]
    public Task An_enterprise_administrator_saves_the_group_chat_robot() => host.RunAsync(async page =>
    {
        var enterprise = await NotificationData.AccountAsync(host.Services, "enterprise");
        var url = $"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=browser-test-{Guid.NewGuid():N}";

        await SignInAsync(page, "enterprise", DemoPassword);
        await Expect(page.GetByTestId("nav-notification-preferences")).ToBeVisibleAsync();
        await page.GotoAsync("/notifications/preferences");
        var panel = page.GetByTestId("webhook-panel");
        await Expect(panel).ToBeVisibleAsync();

        // Saved without an address, the form says so under the field (and the circuit is surely up); an address off the
        // robots' own hosts is refused there too.
        var urlError = panel.Locator(".mud-input-control").Filter(new LocatorFilterOptions { Has = page.Locator("#webhook-url") }).Locator(".mud-input-helper-text.mud-input-error");
        await ClickUntilAsync(page.GetByTestId("webhook-save"), urlError);
        await page.Locator("#webhook-url").FillAsync("https://example.com/hook");
        await page.GetByTestId("webhook-save").ClickAsync();
        await Expect(urlError).ToContainTextAsync("qyapi.weixin.qq.com");

        await page.Locator("#webhook-url").FillAsync(url);
        await page.Locator("#webhook-secret").FillAsync("browser-test-secret");
        await DismissMessagesAsync(page);
        await page.GetByTestId("webhook-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("群机器人已保存");
        await Expect(page.GetByTestId("webhook-test")).ToBeVisibleAsync();
        await Expect(page.Locator("#webhook-secret")).ToHaveValueAsync("");

        var stored = await NotificationData.WebhookAsync(host.Services, enterprise.OrganisationId!.Value);
        stored.ShouldNotBeNull();
        (stored.Kind, stored.Url, stored.Enabled).ShouldBe((WebhookKind.WeCom, url, true));
        stored.ProtectedSecret.ShouldNotBeNull();
        stored.ProtectedSecret.ShouldNotContain("browser-test-secret");

        // Shown again on a new visit, the secret only as kept.
        await page.GotoAsync("/notifications/preferences");
        await Expect(page.Locator("#webhook-url")).ToHaveValueAsync(url);
        await Expect(panel).ToContainTextAsync("已保存密钥");
    });

    /// <summary>Types into <paramref name="input"/> and leaves it until <paramref name="result"/> shows that the circuit took the value.</summary>
    private static async Task FillUntilAsync(ILocator input, string text, ILocator result, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            await input.FillAsync(text);
            await input.PressAsync("Tab");
            try
            {
                await Expect(result.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < attempts)
            {
                // The value went to the prerendered input: type it again.
            }
        }
    }

    /// <summary>Closes the snackbars: at the bottom right they sit over a dialog's buttons until they fade.</summary>
    private static async Task DismissMessagesAsync(IPage page)
    {
        var messages = page.Locator(".mud-snackbar");
        for (var open = await messages.CountAsync(); open > 0; open = await messages.CountAsync())
        {
            try
            {
                await messages.First.Locator("button").ClickAsync(new LocatorClickOptions { Timeout = 2_000 });
                await Expect(messages).ToHaveCountAsync(open - 1, new LocatorAssertionsToHaveCountOptions { Timeout = 2_000 });
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                // It faded by itself meanwhile.
            }
        }
    }

    /// <summary>Opens a MudSelect (its input carries the test id) and picks the option starting with <paramref name="option"/>.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        var popover = page.Locator(".mud-popover-open");
        await select.ClickAsync();
        await Expect(popover).ToBeVisibleAsync();
        await popover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}") }).First.ClickAsync();
        await Expect(select).ToHaveValueAsync(new Regex($"^{Regex.Escape(option)}"));
        await Expect(popover).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("/certification/mine$")]
    private static partial Regex MyCertificatesUrl();
}
