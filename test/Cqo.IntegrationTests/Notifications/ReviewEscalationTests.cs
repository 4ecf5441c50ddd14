using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications;

/// <summary>
/// DOMAIN.md §5: a filing waiting for review longer than 5 working days reaches the district
/// reviewer, at 10 the municipal unit, each once; regulators' e-mail is one daily digest.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class ReviewEscalationTests(CqoApp app)
{
    private static readonly string[] s_rules = ["filing-review-overdue", "filing-review-escalation", "review-digest-district", "review-digest-municipal"];

    private readonly NotificationsApi _api = new(app);
    private readonly RegistryApi _registry = new(app);

    [Fact]
    public async Task A_waiting_filing_escalates_once_to_the_district_then_the_city_and_sits_in_one_digest_a_day_until_decided()
    {
        var district = await _api.AccountAsync(StandardRoles.DistrictRegulator, ScopeKind.DistrictRegulator, jurisdiction: RegistryApi.Pudong);
        var city = await _api.AccountAsync(StandardRoles.MunicipalRegulator, ScopeKind.MunicipalRegulator);
        var enterprise = await _registry.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var filing = await _registry.SubmitAsync(await _registry.ReadyAsync(enterprise.Id));
        var submittedOn = _api.Today;
        var calendar = app.Services.GetRequiredService<WorkingCalendar>();
        var fifth = calendar.AddWorkingDays(submittedOn, 5);
        var tenth = calendar.AddWorkingDays(submittedOn, 10);
        var decided = tenth.AddDays(2);

        for (var day = submittedOn; day <= decided.AddDays(3); day = day.AddDays(1))
        {
            _api.MorningOf(day);
            if (day == decided)
            {
                var underReview = await _registry.ReviewAsync(filing, ReviewDecision.StartReview);
                await _registry.ReviewAsync(underReview, ReviewDecision.Approve, "同意");
            }

            foreach (var rule in s_rules)
            {
                await _api.RunAsync(rule);
            }

            await _api.DispatchAsync();
        }

        var districtInbox = await _api.DeliveriesAsync(q => q.Where(d => d.RecipientUserId == district.Id && d.Channel == NotificationChannel.Inbox));
        var reminder = districtInbox.ShouldHaveSingleItem();
        reminder.RuleId.ShouldBe(NotificationsApi.RuleId("filing-review-overdue"));
        reminder.Subject.ShouldContain(enterprise.Name);
        (await _api.RemindersAsync("filing-review-overdue", filing.Id.ToString())).ShouldHaveSingleItem().DueOn.ShouldBe(fifth);

        var cityInbox = await _api.DeliveriesAsync(q => q.Where(d => d.RecipientUserId == city.Id && d.Channel == NotificationChannel.Inbox));
        cityInbox.ShouldHaveSingleItem().RuleId.ShouldBe(NotificationsApi.RuleId("filing-review-escalation"));
        (await _api.RemindersAsync("filing-review-escalation", filing.Id.ToString())).ShouldHaveSingleItem().DueOn.ShouldBe(tenth);

        // One digest a day while it waits past the threshold, none once it is decided.
        var districtDigests = app.Mail.To(district.Email!);
        districtDigests.Count.ShouldBe(decided.DayNumber - fifth.DayNumber);
        districtDigests.ShouldAllBe(m => m.TextBody!.Contains(enterprise.Name));
        app.Mail.To(city.Email!).Count.ShouldBe(decided.DayNumber - tenth.DayNumber);
        (await _api.DeliveriesAsync(q => q.Where(d => d.RecipientUserId == district.Id && d.Channel == NotificationChannel.Email)))
            .ShouldAllBe(d => d.Status == DeliveryStatus.Sent);
    }
}
