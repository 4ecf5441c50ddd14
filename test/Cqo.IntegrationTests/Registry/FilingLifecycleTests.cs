using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Registry;

/// <summary>Every transition of DOMAIN.md §4, each recorded with actor, time and comment.</summary>
[Collection(HostCollection.Name)]
public sealed class FilingLifecycleTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    [Fact]
    public async Task Draft_submit_review_approve_announce_then_active_with_every_step_recorded()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var draft = await _api.ReadyAsync(enterprise.Id);
        draft.Status.ShouldBe(FilingStatus.Draft);
        draft.Letter!.ContentType.ShouldBe("application/pdf");

        var submitted = await _api.SubmitAsync(draft);
        var underReview = await _api.ReviewAsync(submitted, ReviewDecision.StartReview);
        var approved = await _api.ReviewAsync(underReview, ReviewDecision.Approve, "材料齐全");

        submitted.Status.ShouldBe(FilingStatus.Submitted);
        submitted.SubmittedAt.ShouldNotBeNull();
        underReview.Status.ShouldBe(FilingStatus.UnderReview);
        approved.Status.ShouldBe(FilingStatus.Announcing);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime);
        approved.AnnouncementStart.ShouldBe(today);
        // Five working days whatever the weekday of approval (from a Saturday they end on the Friday, six days on).
        var calendar = app.Services.GetRequiredService<WorkingCalendar>();
        var announcementEnd = approved.AnnouncementEnd!.Value;
        calendar.WorkingDaysBetween(today, announcementEnd).ShouldBe(5);
        calendar.IsWorkingDay(announcementEnd).ShouldBeTrue("the window ends on a working day");
        announcementEnd.DayNumber.ShouldBeGreaterThanOrEqualTo(today.DayNumber + 5);

        (await _api.RunActivationAsync()).ShouldBe(0, "the window is still open");
        await _api.PassAnnouncementWindowAsync();
        var active = await _api.GetAsync(draft.Id);

        active.Status.ShouldBe(FilingStatus.Active);
        active.ActivatedOn.ShouldNotBeNull();
        active.History.Select(s => s.Action).ShouldBe(
            [FilingAction.Created, FilingAction.Edited, FilingAction.Submitted, FilingAction.ReviewStarted, FilingAction.Approved, FilingAction.Activated]);
        active.History[4].Comment.ShouldBe("材料齐全");
        active.History[4].From.ShouldBe(FilingStatus.UnderReview);
        active.History[4].To.ShouldBe(FilingStatus.Announcing);
        active.History.ShouldAllBe(s => !string.IsNullOrEmpty(s.ActorName));
    }

    [Fact]
    public async Task A_returned_filing_is_edited_and_submitted_again()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id)), ReviewDecision.StartReview);
        var noComment = await _api.District().PostAsJsonAsync($"/api/registry/filings/{underReview.Id}/review", new { decision = "Return", concurrencyStamp = underReview.ConcurrencyStamp }, Json.Options);

        var returned = await _api.ReviewAsync(underReview, ReviewDecision.Return, "聘任书缺少盖章");
        var edit = await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/filings/{returned.Id}",
            new { personId = returned.PersonId, appointedBy = "GeneralManager", appointmentDate = "2026-03-02", declarations = new[] { "no_criminal_penalty", "no_serious_quality_fault", "no_secret_leak" }, trainingCertificateNumber = "SHCQO-2025-310115-000124", concurrencyStamp = returned.ConcurrencyStamp }, Json.Options);
        var resubmitted = await _api.SubmitAsync(await RegistryApi.ReadAsync(edit));

        await noComment.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "comment");
        returned.Status.ShouldBe(FilingStatus.Returned);
        resubmitted.Status.ShouldBe(FilingStatus.Submitted);
        resubmitted.AppointedBy.ShouldBe(AppointingBody.GeneralManager);
        resubmitted.History.Single(s => s.Action == FilingAction.Returned).Comment.ShouldBe("聘任书缺少盖章");
    }

    [Fact]
    public async Task A_rejected_filing_can_do_nothing_more()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id)), ReviewDecision.StartReview);

        var rejected = await _api.ReviewAsync(underReview, ReviewDecision.Reject, "不符合任职条件");
        var resubmit = await _api.Enterprise(enterprise.Id).PostAsJsonAsync($"/api/registry/filings/{rejected.Id}/submit", new { concurrencyStamp = rejected.ConcurrencyStamp }, Json.Options);
        var approve = await _api.District().PostAsJsonAsync($"/api/registry/filings/{rejected.Id}/review", new { decision = "Approve", concurrencyStamp = rejected.ConcurrencyStamp }, Json.Options);

        rejected.Status.ShouldBe(FilingStatus.Rejected);
        await resubmit.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.filing_state");
        await approve.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.filing_state");
    }

    [Fact]
    public async Task A_draft_and_a_submitted_filing_can_be_withdrawn_but_not_one_under_review()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var draft = await _api.DraftAsync(enterprise.Id);
        var withdrawnDraft = await RegistryApi.ReadAsync(await Withdraw(draft));
        var submitted = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id));
        var withdrawnSubmitted = await RegistryApi.ReadAsync(await Withdraw(submitted));
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id)), ReviewDecision.StartReview);

        withdrawnDraft.Status.ShouldBe(FilingStatus.Withdrawn);
        withdrawnSubmitted.Status.ShouldBe(FilingStatus.Withdrawn);
        await (await Withdraw(underReview)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.filing_state");

        Task<HttpResponseMessage> Withdraw(FilingDto filing) =>
            _api.Enterprise(enterprise.Id).PostAsJsonAsync($"/api/registry/filings/{filing.Id}/withdraw", new { comment = "重新选人", concurrencyStamp = filing.ConcurrencyStamp }, Json.Options);
    }

    [Fact]
    public async Task An_active_appointment_ends_with_a_reason_on_a_day_not_in_the_future_or_is_revoked()
    {
        var first = await _api.RegisterEnterpriseAsync();
        var second = await _api.RegisterEnterpriseAsync();
        var toEnd = await _api.AnnouncedAsync(first.Id);
        var toRevoke = await _api.AnnouncedAsync(second.Id);
        await _api.PassAnnouncementWindowAsync();
        var active = await _api.GetAsync(toEnd.Id);

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime);
        var byReplacementReason = await _api.Enterprise(first.Id).PostAsJsonAsync($"/api/registry/filings/{active.Id}/end", new { reason = "Replaced", concurrencyStamp = active.ConcurrencyStamp }, Json.Options);
        var inTheFuture = await _api.Enterprise(first.Id).PostAsJsonAsync(
            $"/api/registry/filings/{active.Id}/end", new { reason = "Resigned", endedOn = today.AddDays(1), concurrencyStamp = active.ConcurrencyStamp }, Json.Options);
        var ended = await RegistryApi.ReadAsync(await _api.Enterprise(first.Id).PostAsJsonAsync(
            $"/api/registry/filings/{active.Id}/end", new { reason = "Resigned", endedOn = today, comment = "个人原因辞职", concurrencyStamp = active.ConcurrencyStamp }, Json.Options));
        var activeToRevoke = await _api.GetAsync(toRevoke.Id);
        var noReason = await _api.Municipal().PostAsJsonAsync($"/api/registry/filings/{toRevoke.Id}/revoke", new { comment = "", concurrencyStamp = activeToRevoke.ConcurrencyStamp }, Json.Options);
        var revoked = await RegistryApi.ReadAsync(await _api.Municipal().PostAsJsonAsync(
            $"/api/registry/filings/{toRevoke.Id}/revoke", new { comment = "提供虚假材料", concurrencyStamp = activeToRevoke.ConcurrencyStamp }, Json.Options));

        await byReplacementReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");
        await inTheFuture.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "endedOn");
        ended.Status.ShouldBe(FilingStatus.Ended);
        ended.EndReason.ShouldBe(FilingEndReason.Resigned);
        ended.EndedOn.ShouldBe(today);
        await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "comment");
        revoked.Status.ShouldBe(FilingStatus.Revoked);
        revoked.History[^1].Comment.ShouldBe("提供虚假材料");
    }

    [Fact]
    public async Task A_new_appointment_replacing_the_active_one_ends_it_when_it_becomes_active()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var old = await _api.AnnouncedAsync(enterprise.Id);
        await _api.PassAnnouncementWindowAsync();

        var successor = await _api.AnnouncedAsync(enterprise.Id, RegistryApi.NewFiling((await _api.CreatePersonAsync(enterprise.Id)).Id, replaces: old.Id));
        (await _api.GetAsync(old.Id)).Status.ShouldBe(FilingStatus.Active, "the old appointment stays until its successor is active");
        await _api.PassAnnouncementWindowAsync();

        (await _api.GetAsync(successor.Id)).Status.ShouldBe(FilingStatus.Active);
        var ended = await _api.GetAsync(old.Id);
        ended.Status.ShouldBe(FilingStatus.Ended);
        ended.EndReason.ShouldBe(FilingEndReason.Replaced);
    }

    [Fact]
    public async Task An_appointment_past_its_term_ends_by_itself()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var person = await _api.CreatePersonAsync(enterprise.Id);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime);
        var filing = await _api.AnnouncedAsync(enterprise.Id, new
        {
            personId = person.Id,
            appointedBy = "Board",
            appointmentDate = today.AddDays(-30).ToString("yyyy-MM-dd"),
            termEnd = today.AddDays(12).ToString("yyyy-MM-dd"),
            trainingCertificateNumber = "SHCQO-2025-310115-000125",
            declarations = new[] { "no_criminal_penalty", "no_serious_quality_fault", "no_secret_leak" },
        });
        await _api.PassAnnouncementWindowAsync();
        (await _api.GetAsync(filing.Id)).Status.ShouldBe(FilingStatus.Active);

        await _api.PassAnnouncementWindowAsync();

        var ended = await _api.GetAsync(filing.Id);
        ended.Status.ShouldBe(FilingStatus.Ended);
        ended.EndReason.ShouldBe(FilingEndReason.TermEnded);
    }

    [Fact]
    public async Task Two_reviewers_approving_at_once_one_gets_200_and_one_409()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id)), ReviewDecision.StartReview);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => _api.District().PostAsJsonAsync(
            $"/api/registry/filings/{underReview.Id}/review", new { decision = "Approve", comment = "同意", concurrencyStamp = underReview.ConcurrencyStamp }, Json.Options)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
        (await _api.GetAsync(underReview.Id)).History.Count(s => s.Action == FilingAction.Approved).ShouldBe(1);
    }

    [Fact]
    public async Task Filings_are_404_outside_the_scope_and_only_the_enterprises_district_reviews_them()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var submitted = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id));
        var url = $"/api/registry/filings/{submitted.Id}";

        (await _api.Enterprise(enterprise.Id).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await _api.Enterprise(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _api.Provider(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _api.District(RegistryApi.Xuhui).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _api.District(RegistryApi.Xuhui).GetAsync($"{url}/letter")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var review = await _api.District(RegistryApi.Xuhui).PostAsJsonAsync($"{url}/review", new { decision = "StartReview", concurrencyStamp = submitted.ConcurrencyStamp }, Json.Options);
        await review.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var byEnterprise = await _api.Enterprise(enterprise.Id).PostAsJsonAsync($"{url}/review", new { decision = "StartReview", concurrencyStamp = submitted.ConcurrencyStamp }, Json.Options);
        await byEnterprise.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_review_queue_lists_what_waits_in_my_district_with_its_age_in_working_days()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var submitted = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id));
        app.Clock.Advance(TimeSpan.FromDays(7));

        var mine = await _api.District(RegistryApi.Pudong).GetFromJsonAsync<PagedResult<FilingListItemDto>>("/api/registry/filings?awaitingReview=true&sort=submittedAt&take=1000", Json.Options);
        var theirs = await _api.District(RegistryApi.Xuhui).GetFromJsonAsync<PagedResult<FilingListItemDto>>("/api/registry/filings?awaitingReview=true&take=1000", Json.Options);
        var byStatus = await _api.District(RegistryApi.Pudong).GetFromJsonAsync<PagedResult<FilingListItemDto>>("/api/registry/filings?status=Submitted,UnderReview&take=1000", Json.Options);

        var row = mine!.Items.Single(f => f.Id == submitted.Id);
        var calendar = app.Services.GetRequiredService<WorkingCalendar>();
        var submittedOn = DateOnly.FromDateTime(submitted.SubmittedAt!.Value.AddHours(8).DateTime);
        row.WaitingWorkingDays.ShouldBe(calendar.WorkingDaysBetween(submittedOn, submittedOn.AddDays(7)));
        row.WaitingWorkingDays!.Value.ShouldBeInRange(0, 5, "a week holds five working days, fewer around a public holiday (none in Golden Week)");
        theirs!.Items.ShouldNotContain(f => f.Id == submitted.Id);
        byStatus!.Items.ShouldContain(f => f.Id == submitted.Id);
    }

    [Fact]
    public async Task The_letter_is_checked_by_its_content_and_size_and_can_be_downloaded()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var draft = await _api.DraftAsync(enterprise.Id);
        var client = _api.Enterprise(enterprise.Id);

        var disguised = await client.PostAsync($"/api/registry/filings/{draft.Id}/letter", RegistryApi.Letter(draft.ConcurrencyStamp, "这不是 PDF"u8.ToArray(), "letter.pdf"));
        var tooLarge = await client.PostAsync($"/api/registry/filings/{draft.Id}/letter", RegistryApi.Letter(draft.ConcurrencyStamp, [.. "%PDF-"u8, .. new byte[(10 * 1024 * 1024) + 1]]));
        var png = await client.PostAsync($"/api/registry/filings/{draft.Id}/letter",
            RegistryApi.Letter(draft.ConcurrencyStamp, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "../../scan.pdf"));

        await disguised.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
        await tooLarge.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
        var withPng = await RegistryApi.ReadAsync(png);
        withPng.Letter!.ContentType.ShouldBe("image/png");
        withPng.Letter.FileName.ShouldBe("scan.png");
        var download = await client.GetAsync($"/api/registry/filings/{draft.Id}/letter");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await download.Content.ReadAsByteArrayAsync()).Length.ShouldBe(11);
    }
}
