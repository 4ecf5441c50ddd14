using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>The administrators' rules, dry run and log, and everyone's inbox, through the API.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class RulesAndInboxApiTests(CqoApp app)
{
    private readonly NotificationsApi _api = new(app);

    [Fact]
    public async Task The_seeded_rules_are_those_of_the_domain_guide_each_with_Chinese_and_English_words()
    {
        var rules = (await _api.Admin().GetFromJsonAsync<List<ReminderRuleDto>>("/api/notifications/rules", Json.Options))!;
        var expiry = rules.Single(r => r.Key == "certificate-expiry");
        expiry.Offsets.ShouldBe([90, 30, 7, 0]);
        expiry.Unit.ShouldBe(OffsetUnit.DaysBefore);
        expiry.Fields.ShouldContain("validUntil");
        rules.Single(r => r.Key == "filing-review-overdue").Offsets.ShouldBe([5]);
        rules.Single(r => r.Key == "filing-review-escalation").Audiences.ShouldBe(ReminderAudience.MunicipalRegulator);
        rules.ShouldAllBe(r => r.Templates.Select(t => t.Culture).SequenceEqual(new[] { "zh-CN", "en" }));
        (await app.CreateClientAs(Guid.NewGuid()).GetAsync("/api/notifications/rules")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_rule_edit_is_refused_field_by_field_for_an_unknown_placeholder_a_bad_cron_and_no_channel()
    {
        var rule = (await _api.Admin().GetFromJsonAsync<ReminderRuleDto>($"/api/notifications/rules/{NotificationsApi.RuleId("certificate-expiry")}", Json.Options))!;
        var badCron = await _api.Admin().PutAsJsonAsync($"/api/notifications/rules/{rule.Id}", new
        {
            offsets = new[] { 30 },
            rule.Audiences,
            channels = "None",
            cron = "0 25 * * *",
            rule.CatchUpDays,
            rule.Enabled,
            rule.Templates,
            rule.ConcurrencyStamp,
        }, Json.Options);
        var problem = await badCron.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["channels", "cron"], ignoreOrder: true);

        var templates = new[] { new RuleTemplateDto("zh-CN", "证书 {number} 即将到期", "{holderName}，请注意 {expiresOn}") };
        var badPlaceholder = await _api.Admin().PutAsJsonAsync($"/api/notifications/rules/{rule.Id}", new
        {
            rule.Offsets,
            rule.Audiences,
            rule.Channels,
            rule.Cron,
            rule.CatchUpDays,
            rule.Enabled,
            templates,
            rule.ConcurrencyStamp,
        }, Json.Options);
        problem = await badPlaceholder.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem.GetProperty("errors").GetProperty("templates[0].body")[0].GetString().ShouldNotBeNull().ShouldContain("expiresOn");

        var stale = await _api.Admin().PutAsJsonAsync($"/api/notifications/rules/{rule.Id}", new
        {
            rule.Offsets,
            rule.Audiences,
            rule.Channels,
            rule.Cron,
            rule.CatchUpDays,
            rule.Enabled,
            rule.Templates,
            concurrencyStamp = Guid.NewGuid(),
        }, Json.Options);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
    }

    [Fact]
    public async Task The_dry_run_shows_what_tomorrow_would_send_and_sends_nothing()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var tomorrow = _api.Today.AddDays(1);
        var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: tomorrow.AddDays(30).AddYears(-3).AddDays(1));
        await _api.LinkHolderAsync(certificate.Id, officer.Id);

        var planned = (await _api.Admin().GetFromJsonAsync<List<PlannedDeliveryDto>>(
            $"/api/notifications/rules/dry-run?ruleId={NotificationsApi.RuleId("certificate-expiry")}", Json.Options))!;
        var mine = planned.Where(p => p.SubjectKey == certificate.Id.ToString()).ToList();
        mine.Select(p => p.Channel).ShouldBe([NotificationChannel.Email, NotificationChannel.Inbox], ignoreOrder: true);
        mine.ShouldAllBe(p => p.Occurrence == $"30@{certificate.ValidUntil:yyyy-MM-dd}" && p.DueOn == tomorrow && p.Subject.Contains(certificate.Number));
        (await _api.RemindersAsync("certificate-expiry", certificate.Id.ToString())).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_inbox_is_the_callers_own_with_an_unread_count_and_mark_read()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var lastDay = _api.Today.AddDays(8);
        var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: lastDay.AddYears(-3).AddDays(1));
        await _api.LinkHolderAsync(certificate.Id, officer.Id);
        _api.MorningOf(lastDay.AddDays(-7));
        await _api.RunAsync("certificate-expiry");

        var me = app.CreateClientAs(officer.Id);
        (await me.GetFromJsonAsync<JsonElement>("/api/notifications/inbox/unread-count")).GetProperty("count").GetInt32().ShouldBe(1);
        var item = (await me.GetFromJsonAsync<PagedResult<InboxItemDto>>("/api/notifications/inbox?unread=true", Json.Options))!.Items.ShouldHaveSingleItem();
        item.Link.ShouldBe("http://localhost/certification/mine");
        item.Body.ShouldContain(certificate.Number);

        var someoneElse = app.CreateClientAs(Guid.NewGuid());
        await (await someoneElse.PostAsync($"/api/notifications/inbox/{item.Id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        (await me.PostAsync($"/api/notifications/inbox/{item.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.GetFromJsonAsync<JsonElement>("/api/notifications/inbox/unread-count")).GetProperty("count").GetInt32().ShouldBe(0);
        (await me.GetFromJsonAsync<PagedResult<InboxItemDto>>("/api/notifications/inbox", Json.Options))!.Items.ShouldHaveSingleItem().ReadAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_log_filters_by_rule_and_status_and_a_resend_is_a_new_delivery()
    {
        var officer = await _api.AccountAsync(StandardRoles.Officer, ScopeKind.Individual);
        var lastDay = _api.Today.AddDays(8);
        var certificate = await _api.Certification.IssuedByHandAsync(issuedOn: lastDay.AddYears(-3).AddDays(1));
        await _api.LinkHolderAsync(certificate.Id, officer.Id);
        _api.MorningOf(lastDay.AddDays(-7));
        await _api.RunAsync("certificate-expiry");
        await _api.DispatchAsync();

        var log = (await _api.Admin().GetFromJsonAsync<PagedResult<DeliveryDto>>(
            $"/api/notifications/deliveries?ruleId={NotificationsApi.RuleId("certificate-expiry")}&channel=Email&status=Sent&recipient={officer.Email}", Json.Options))!;
        var sent = log.Items.ShouldHaveSingleItem();
        sent.RuleKey.ShouldBe("certificate-expiry");

        var resent = await _api.Admin().PostAsync($"/api/notifications/deliveries/{sent.Id}/resend", null);
        resent.StatusCode.ShouldBe(HttpStatusCode.OK);
        await _api.DispatchAsync();
        app.Mail.To(officer.Email!).Count.ShouldBe(2);
        (await _api.DeliveriesAsync(q => q.Where(d => d.ResendOfId == sent.Id))).ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Sent);

        await (await _api.Admin().GetAsync("/api/notifications/deliveries?status=Lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
