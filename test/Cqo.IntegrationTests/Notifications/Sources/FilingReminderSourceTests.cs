using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.IntegrationTests.Training;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>The filing reminders of DOMAIN.md §5: a returned filing, an ended appointment, a term about to end.</summary>
[Collection(HostCollection.Name)]
public sealed class FilingReminderSourceTests(CqoApp app)
{
    // Appointments become active only after an announcement window (two weeks of the shared clock), and
    // one is replaced only after a second: made once for the tests that need them, not once each.
    private static readonly ConditionalWeakTable<CqoApp, Task<Appointments>> s_appointments = new();

    private readonly RegistryApi _api = new(app);

    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task A_returned_filing_is_due_at_once_then_7_and_14_days_later_counting_from_its_latest_return()
    {
        var probe = new ReminderProbe(app, "registry.filing-returned");
        var enterprise = await _api.RegisterEnterpriseAsync();
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id)), ReviewDecision.StartReview);
        (await probe.AboutAsync(underReview.Id, Today)).ShouldBeNull("under review");

        var returned = await _api.ReviewAsync(underReview, ReviewDecision.Return, "聘任书缺少盖章");

        var on = Today;
        (await probe.DaysDueAsync(returned.Id, on.AddDays(-1), on.AddDays(15))).ShouldBe([on, on.AddDays(7), on.AddDays(14)]);
        (await probe.AboutAsync(returned.Id, on)).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"0@{on:yyyy-MM-dd}"),
            r => r.Parties.EnterpriseId.ShouldBe(enterprise.Id),
            r => r.Values["comment"].ShouldBe("聘任书缺少盖章"),
            r => r.Values["returnedOn"].ShouldBe(on),
            r => r.Link.ShouldBe($"/registry/filings/{returned.Id}"));
        (await probe.AboutAsync(returned.Id, on.AddDays(9), catchUpDays: 3)).ShouldNotBeNull("missed on its day, caught up")
            .ShouldSatisfyAllConditions(r => r.Occurrence.ShouldBe($"7@{on:yyyy-MM-dd}"), r => r.DueOn.ShouldBe(on.AddDays(7)));

        var resubmitted = await _api.SubmitAsync(returned);
        (await probe.AboutAsync(returned.Id, on.AddDays(7))).ShouldBeNull("resubmitted");

        app.Clock.Advance(TimeSpan.FromDays(1));
        await _api.ReviewAsync(await _api.ReviewAsync(resubmitted, ReviewDecision.StartReview), ReviewDecision.Return, "任期填写有误");

        var again = Today;
        (await probe.AboutAsync(returned.Id, again)).ShouldNotBeNull("returned again: a new occasion").ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"0@{again:yyyy-MM-dd}"),
            r => r.Values["comment"].ShouldBe("任期填写有误"));
        (await probe.DaysDueAsync(returned.Id, again.AddDays(6), again.AddDays(7))).ShouldBe([again.AddDays(7)]);
    }

    [Fact]
    public async Task An_ended_or_revoked_appointment_is_due_on_the_day_it_is_recorded_but_not_one_replaced_or_of_a_deregistered_enterprise()
    {
        var probe = new ReminderProbe(app, "registry.filing-ended");
        var appointments = await s_appointments.GetValue(app, _ => ActivateAsync());
        var today = Today;
        var endedOn = today.AddDays(-10);
        var toEnd = await _api.GetAsync(appointments.ToEnd.Id);
        var toRevoke = await _api.GetAsync(appointments.ToRevoke.Id);
        (await probe.AboutAsync(toEnd.Id, today)).ShouldBeNull("active");

        await RegistryApi.ReadAsync(await _api.Enterprise(toEnd.EnterpriseId).PostAsJsonAsync(
            $"/api/registry/filings/{toEnd.Id}/end", new { reason = "Resigned", endedOn, concurrencyStamp = toEnd.ConcurrencyStamp }, Json.Options));
        await RegistryApi.ReadAsync(await _api.Municipal().PostAsJsonAsync(
            $"/api/registry/filings/{toRevoke.Id}/revoke", new { comment = "提供虚假材料", concurrencyStamp = toRevoke.ConcurrencyStamp }, Json.Options));
        var deregistered = await _api.GetAsync(appointments.OfDeregistered.Id);
        var enterprise = (await _api.Municipal().GetFromJsonAsync<EnterpriseDto>($"/api/registry/enterprises/{deregistered.EnterpriseId}", Json.Options))!;
        (await _api.District().PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister",
            new { comment = "已注销", concurrencyStamp = enterprise.ConcurrencyStamp }, Json.Options)).EnsureSuccessStatusCode();

        (await probe.DaysDueAsync(toEnd.Id, today.AddDays(-11), today.AddDays(1))).ShouldBe([today], "counted from the day the end was recorded, not the day given");
        (await probe.AboutAsync(toEnd.Id, today)).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"0@{today:yyyy-MM-dd}"),
            r => r.Parties.EnterpriseId.ShouldBe(toEnd.EnterpriseId),
            r => r.Values["endedOn"].ShouldBe(endedOn),
            r => r.Values["successorDue"].ShouldBe(endedOn.AddDays(30)),
            r => r.Link.ShouldBe("/registry/filings/new"));
        (await probe.DaysDueAsync(toRevoke.Id, today.AddDays(-1), today.AddDays(1))).ShouldBe([today]);
        (await probe.AboutAsync(toRevoke.Id, today.AddDays(3), catchUpDays: 3)).ShouldNotBeNull().DueOn.ShouldBe(today);
        (await probe.AboutAsync(deregistered.Id, today)).ShouldBeNull("a deregistered enterprise appoints nobody");
        var replaced = await _api.GetAsync(appointments.Replaced.Id);
        replaced.EndReason.ShouldBe(FilingEndReason.Replaced);
        var replacedOn = replaced.History[^1].At.ToShanghaiDate();
        (await probe.DaysDueAsync(replaced.Id, replacedOn.AddDays(-1), replacedOn.AddDays(1))).ShouldBeEmpty("its successor is appointed already");
    }

    [Fact]
    public async Task An_active_appointment_is_due_60_and_30_days_before_its_term_ends()
    {
        var probe = new ReminderProbe(app, "registry.term-ending");
        var appointments = await s_appointments.GetValue(app, _ => ActivateAsync());
        var term = await _api.GetAsync(appointments.Term.Id);
        term.Status.ShouldBe(FilingStatus.Active);
        var end = term.TermEnd!.Value;

        foreach (var (day, due) in new[] { (61, false), (60, true), (59, false), (31, false), (30, true), (29, false), (0, false) })
        {
            (await probe.AboutAsync(term.Id, end.AddDays(-day)) is not null).ShouldBe(due, $"{day} days before the term ends");
        }

        (await probe.AboutAsync(term.Id, end.AddDays(-30))).ShouldNotBeNull().ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"30@{end:yyyy-MM-dd}"),
            r => r.Parties.EnterpriseId.ShouldBe(term.EnterpriseId),
            r => r.Values["daysLeft"].ShouldBe(30),
            r => r.Values["termEnd"].ShouldBe(end));
        (await probe.AboutAsync(term.Id, end.AddDays(-58), catchUpDays: 3)).ShouldNotBeNull().DueOn.ShouldBe(end.AddDays(-60));
    }

    /// <summary>Appointments of five enterprises made active, and the fourth's replaced by a successor.</summary>
    private async Task<Appointments> ActivateAsync()
    {
        var today = Today;
        var enterprises = new EnterpriseDto[5];
        for (var i = 0; i < enterprises.Length; i++)
        {
            enterprises[i] = await _api.RegisterEnterpriseAsync();
        }

        var toEnd = await _api.AnnouncedAsync(enterprises[0].Id);
        var toRevoke = await _api.AnnouncedAsync(enterprises[1].Id);
        var person = await _api.CreatePersonAsync(enterprises[2].Id);
        var term = await _api.AnnouncedAsync(enterprises[2].Id, TermOf(person.Id, today.AddDays(-30), today.AddDays(100)));
        var replaced = await _api.AnnouncedAsync(enterprises[3].Id);
        var ofDeregistered = await _api.AnnouncedAsync(enterprises[4].Id);
        await _api.PassAnnouncementWindowAsync();
        var successor = (await _api.CreatePersonAsync(enterprises[3].Id)).Id;
        await _api.AnnouncedAsync(enterprises[3].Id, RegistryApi.NewFiling(successor, replaces: replaced.Id));
        await _api.PassAnnouncementWindowAsync();
        return new Appointments(toEnd, toRevoke, term, replaced, ofDeregistered);
    }

    private static Dictionary<string, object?> TermOf(Guid personId, DateOnly appointed, DateOnly termEnd) =>
        TrainingApi.With(RegistryApi.NewFiling(personId), ("appointmentDate", appointed.ToString("yyyy-MM-dd")), ("termEnd", termEnd.ToString("yyyy-MM-dd")));

    private sealed record Appointments(FilingDto ToEnd, FilingDto ToRevoke, FilingDto Term, FilingDto Replaced, FilingDto OfDeregistered);
}
