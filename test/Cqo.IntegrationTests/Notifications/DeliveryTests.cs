using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Contracts;
using Cqo.Registry.Contracts;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>Getting messages out: many at once without doubles, through an SMTP outage, one-click unsubscribe, signed group-chat posts.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class DeliveryTests(CqoApp app)
{
    private readonly NotificationsApi _api = new(app);

    [Fact]
    public async Task Many_reminders_due_at_once_are_recorded_and_mailed_once_however_many_runs_and_dispatchers_race()
    {
        var holders = new List<(CertificateDto Certificate, string Email)>();
        var lastDay = _api.Today.AddDays(8);
        for (var i = 0; i < 12; i++)
        {
            holders.Add(await _api.HolderOfCertificateEndingAsync(lastDay));
        }

        _api.MorningOf(lastDay.AddDays(-7));
        (await _api.RunAsync("certificate-expiry", times: 4)).Sum().ShouldBeGreaterThanOrEqualTo(holders.Count);
        await _api.DispatchAsync(dispatchers: 3);

        foreach (var (certificate, email) in holders)
        {
            (await _api.RemindersAsync("certificate-expiry", certificate.Id.ToString())).ShouldHaveSingleItem();
            app.Mail.To(email).ShouldHaveSingleItem();
        }
    }

    [Fact]
    public async Task Mail_that_cannot_go_while_the_server_is_down_waits_and_goes_once_it_is_back()
    {
        var lastDay = _api.Today.AddDays(8);
        var (certificate, email) = await _api.HolderOfCertificateEndingAsync(lastDay);
        _api.MorningOf(lastDay.AddDays(-7));
        await app.Mail.StopAsync();
        try
        {
            await _api.RunAsync("certificate-expiry");
            await _api.DispatchAsync();
            await _api.DispatchAsync(); // not yet due again: no second attempt within the back-off

            var waiting = (await _api.DeliveriesAsync(q => q.Where(d => d.Address == email))).ShouldHaveSingleItem();
            waiting.Status.ShouldBe(DeliveryStatus.Pending);
            waiting.Attempts.ShouldBe(1);
            waiting.LastError.ShouldNotBeNull().ShouldContain("not reachable");

            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await _api.DispatchAsync();
            (await _api.DeliveriesAsync(q => q.Where(d => d.Address == email))).ShouldHaveSingleItem().Attempts.ShouldBe(2);
        }
        finally
        {
            await app.Mail.StartAsync();
        }

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await _api.DispatchAsync();

        var sent = (await _api.DeliveriesAsync(q => q.Where(d => d.Address == email))).ShouldHaveSingleItem();
        sent.Status.ShouldBe(DeliveryStatus.Sent);
        sent.Attempts.ShouldBe(3);
        app.Mail.To(email).ShouldHaveSingleItem().Subject.ShouldNotBeNull().ShouldContain(certificate.Number);
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_that_rule_by_mail_while_the_inbox_still_gets_it()
    {
        var lastDay = _api.Today.AddDays(8);
        var (_, email) = await _api.HolderOfCertificateEndingAsync(lastDay);
        _api.MorningOf(lastDay.AddDays(-7));
        await _api.RunAsync("certificate-expiry");
        await _api.DispatchAsync();

        var header = app.Mail.To(email).ShouldHaveSingleItem().Headers["List-Unsubscribe"].ShouldNotBeNull();
        var link = new Uri(header.Trim('<', '>'));
        var response = await app.CreateClient().PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().PostAsync(link.PathAndQuery + "x", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        _api.MorningOf(lastDay);
        await _api.RunAsync("certificate-expiry");
        await _api.DispatchAsync();

        app.Mail.To(email).Count.ShouldBe(1);
        var onTheDay = await _api.DeliveriesAsync(q => q.Where(d => d.Address == email && d.Status == DeliveryStatus.Skipped));
        onTheDay.ShouldHaveSingleItem().LastError.ShouldBe("opted out");
    }

    [Fact]
    public async Task Group_chats_get_their_robots_own_json_with_a_signature_they_can_check()
    {
        await using var robots = await HttpSink.StartAsync();
        const string secret = "SECdingtalk-test-secret";
        var dingTalk = await EnterpriseWithWebhookAsync(WebhookKind.DingTalk, $"{robots.BaseUrl}/robot/send?access_token=abc", secret);
        var feishu = await EnterpriseWithWebhookAsync(WebhookKind.Feishu, $"{robots.BaseUrl}/open-apis/bot/v2/hook/xyz", secret);
        var weCom = await EnterpriseWithWebhookAsync(WebhookKind.WeCom, $"{robots.BaseUrl}/cgi-bin/webhook/send?key=k", null);

        var rule = await _api.Admin().GetFromJsonAsync<ReminderRuleDto>($"/api/notifications/rules/{NotificationsApi.RuleId("certificate-expiry")}", Json.Options);
        var widened = await SaveRuleAsync(rule!, rule!.Audiences | ReminderAudience.Enterprise, rule.Channels | NotificationChannel.Webhook);
        try
        {
            var lastDay = _api.Today.AddDays(8);
            foreach (var enterprise in new[] { dingTalk, feishu, weCom })
            {
                var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: lastDay.AddYears(-3).AddDays(1));
                await _api.LinkEnterpriseAsync(certificate.Id, enterprise);
            }

            _api.MorningOf(lastDay.AddDays(-7));
            await _api.RunAsync("certificate-expiry");
            await _api.DispatchAsync();
        }
        finally
        {
            await SaveRuleAsync(widened, rule.Audiences, rule.Channels);
        }

        var posts = robots.Requests.ToList();
        posts.Count.ShouldBe(3);

        var ding = posts.Single(p => p.Path == "/robot/send");
        var query = System.Web.HttpUtility.ParseQueryString(ding.Query);
        query["access_token"].ShouldBe("abc");
        query["sign"].ShouldBe(Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{query["timestamp"]}\n{secret}"))));
        JsonDocument.Parse(ding.Body).RootElement.GetProperty("msgtype").GetString().ShouldBe("markdown");

        var lark = JsonDocument.Parse(posts.Single(p => p.Path.StartsWith("/open-apis", StringComparison.Ordinal)).Body).RootElement;
        var timestamp = lark.GetProperty("timestamp").GetString();
        lark.GetProperty("sign").GetString().ShouldBe(Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes($"{timestamp}\n{secret}"), Array.Empty<byte>())));
        lark.GetProperty("content").GetProperty("text").GetString().ShouldNotBeNull().ShouldContain("SHCQO-");

        JsonDocument.Parse(posts.Single(p => p.Path == "/cgi-bin/webhook/send").Body).RootElement
            .GetProperty("markdown").GetProperty("content").GetString().ShouldNotBeNull().ShouldContain("SHCQO-");
    }

    [Fact]
    public async Task A_returned_filing_reaches_the_enterprises_group_chat_by_default_unless_it_opted_out_of_that_rule()
    {
        await using var robots = await HttpSink.StartAsync();
        var registry = _api.Certification.Registry;
        var told = await EnterpriseWithWebhookAsync(WebhookKind.WeCom, $"{robots.BaseUrl}/cgi-bin/webhook/send?key=told", null);
        var quiet = await EnterpriseWithWebhookAsync(WebhookKind.WeCom, $"{robots.BaseUrl}/cgi-bin/webhook/send?key=quiet", null);
        var optOut = await Webhooks(quiet).PutAsJsonAsync(
            $"/api/notifications/organisation-preferences/{NotificationsApi.RuleId("filing-returned")}", new { optedOut = NotificationChannel.Webhook }, Json.Options);
        optOut.StatusCode.ShouldBe(HttpStatusCode.NoContent, await optOut.Content.ReadAsStringAsync());
        foreach (var enterprise in new[] { told, quiet })
        {
            var submitted = await registry.SubmitAsync(await registry.ReadyAsync(enterprise));
            await registry.ReviewAsync(await registry.ReviewAsync(submitted, ReviewDecision.StartReview), ReviewDecision.Return, "请补充聘任书");
        }

        await _api.RunAsync("filing-returned");
        await _api.DispatchAsync();

        robots.Requests.Select(r => r.Query).ShouldBe(["?key=told"]);
        (await _api.DeliveriesAsync(q => q.Where(d => d.RecipientOrganisationId == quiet))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_robot_that_answers_with_an_error_code_is_retried_and_the_error_kept()
    {
        await using var robots = await HttpSink.StartAsync();
        robots.Answer = (200, """{"errcode":310000,"errmsg":"sign not match"}""");
        var enterprise = await EnterpriseWithWebhookAsync(WebhookKind.DingTalk, $"{robots.BaseUrl}/robot/send?access_token=abc", "wrong");
        var test = await Webhooks(enterprise).PostAsync("/api/notifications/webhook/test", null);
        await test.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "notifications.webhook_failed");
        robots.Requests.Count.ShouldBe(1);
    }

    private HttpClient Webhooks(Guid enterpriseId) =>
        _api.Certification.Training.As($"Enterprise:{enterpriseId}", [NotificationPermissions.Webhooks]);

    private async Task<Guid> EnterpriseWithWebhookAsync(WebhookKind kind, string url, string? secret)
    {
        var enterprise = await _api.Certification.Registry.RegisterEnterpriseAsync();
        var saved = await Webhooks(enterprise.Id).PutAsJsonAsync("/api/notifications/webhook", new { kind, url, secret, enabled = true }, Json.Options);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        return enterprise.Id;
    }

    private async Task<ReminderRuleDto> SaveRuleAsync(ReminderRuleDto rule, ReminderAudience audiences, NotificationChannel channels)
    {
        var request = new { rule.Offsets, audiences, channels, rule.Cron, rule.CatchUpDays, rule.Enabled, rule.Templates, rule.ConcurrencyStamp };
        var response = await _api.Admin().PutAsJsonAsync($"/api/notifications/rules/{rule.Id}", request, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReminderRuleDto>(Json.Options))!;
    }
}
