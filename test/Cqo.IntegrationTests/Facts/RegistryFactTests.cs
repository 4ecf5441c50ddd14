using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;

namespace Cqo.IntegrationTests.Facts;

/// <summary>Enterprises and filings as the registry feeds them to oversight, and the change events their saves store.</summary>
[Collection(HostCollection.Name)]
public sealed class RegistryFactTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);
    private readonly FactFeeds _feeds = new(app);

    [Fact]
    public async Task An_enterprise_fact_carries_its_dimensions_and_awards_and_its_deregistration()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Xuhui, EnterpriseScale.Small);

        var registered = await _feeds.FactAsync<EnterpriseFact>(enterprise.Id);
        await DeregisterAsync(enterprise.Id, RegistryApi.Xuhui);
        var deregistered = await _feeds.FactAsync<EnterpriseFact>(enterprise.Id);

        registered.ShouldSatisfyAllConditions(
            f => f.Id.ShouldBe(enterprise.Id),
            f => f.Uscc.ShouldBe(enterprise.Uscc),
            f => f.Name.ShouldBe(enterprise.Name),
            f => f.DistrictCode.ShouldBe(RegistryApi.Xuhui),
            f => f.JurisdictionCode.ShouldBe(RegistryApi.Xuhui),
            f => f.IndustryDivisionCode.ShouldBe("34"),
            f => f.Scale.ShouldBe(EnterpriseScale.Small),
            f => f.AboveDesignatedSize.ShouldBeTrue(),
            f => f.Specialised.ShouldBeFalse(),
            f => f.Status.ShouldBe(EnterpriseStatus.Active),
            f => f.Awards.ShouldBe([new QualityAwardDto("上海市质量金奖", AwardLevel.Municipal, 2024)]));
        deregistered.Status.ShouldBe(EnterpriseStatus.Deregistered);
        (await _feeds.FindAsync<EnterpriseFact>([Guid.NewGuid()])).ShouldBeEmpty("an unknown id is simply absent");
    }

    [Fact]
    public async Task A_filing_returned_and_submitted_again_is_reviewed_from_its_second_submission()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var ready = await _api.ReadyAsync(enterprise.Id);
        var firstSubmission = Now();
        var underReview = await _api.ReviewAsync(await _api.SubmitAsync(ready), ReviewDecision.StartReview);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var returned = await _api.ReviewAsync(underReview, ReviewDecision.Return, "聘任书缺少盖章");
        var whileReturned = await _feeds.FactAsync<FilingFact>(returned.Id);

        app.Clock.Advance(TimeSpan.FromDays(1));
        var secondSubmission = Now();
        var resubmitted = await _api.SubmitAsync(returned);
        app.Clock.Advance(TimeSpan.FromHours(3));
        var secondReview = await _api.ReviewAsync(resubmitted, ReviewDecision.StartReview);
        app.Clock.Advance(TimeSpan.FromHours(4));
        var decision = Now();
        var approved = await _api.ReviewAsync(secondReview, ReviewDecision.Approve, "材料齐全");
        var announcing = await _feeds.FactAsync<FilingFact>(approved.Id);

        whileReturned.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(FilingStatus.Returned),
            f => f.SubmittedAt.ShouldBe(firstSubmission),
            f => f.DecidedAt.ShouldBeNull("a return is not a decision"),
            f => f.ApprovedAt.ShouldBeNull());
        announcing.ShouldSatisfyAllConditions(
            f => f.Id.ShouldBe(approved.Id),
            f => f.EnterpriseId.ShouldBe(enterprise.Id),
            f => f.PersonId.ShouldBe(approved.PersonId),
            f => f.Status.ShouldBe(FilingStatus.Announcing),
            f => f.JurisdictionCode.ShouldBe(RegistryApi.Pudong),
            f => f.SubmittedAt.ShouldBe(secondSubmission),
            f => f.SubmittedAt.ShouldBe(approved.SubmittedAt),
            f => f.DecidedAt.ShouldBe(decision),
            f => f.ApprovedAt.ShouldBe(decision),
            f => f.ActivatedOn.ShouldBeNull(),
            f => f.EndedOn.ShouldBeNull(),
            f => f.EndReason.ShouldBeNull());
        approved.History.Count(s => s.Action == FilingAction.Submitted).ShouldBe(2);
    }

    [Fact]
    public async Task A_filing_fact_follows_activation_and_the_end_of_the_appointment()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);
        await _api.PassAnnouncementWindowAsync();
        var active = await _feeds.FactAsync<FilingFact>(announced.Id);
        var activatedOn = app.Clock.Today();
        app.Clock.Advance(TimeSpan.FromDays(1));

        var filingChanges = await _feeds.ChangesByAsync<FilingChanged>(announced.Id, async () =>
            (await _feeds.ChangesByAsync<EnterpriseChanged>(enterprise.Id, () => DeregisterAsync(enterprise.Id))).ShouldBe(1));
        var ended = await _feeds.FactAsync<FilingFact>(announced.Id);

        active.Status.ShouldBe(FilingStatus.Active);
        active.ActivatedOn.ShouldBe(activatedOn);
        filingChanges.ShouldBe(1, "deregistering ends the appointment in the same save");
        ended.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(FilingStatus.Ended),
            f => f.ActivatedOn.ShouldBe(activatedOn),
            f => f.EndedOn.ShouldBe(app.Clock.Today()),
            f => f.EndReason.ShouldBe(FilingEndReason.EnterpriseDeregistered));
    }

    [Fact]
    public async Task A_rejected_filing_is_decided_and_never_approved()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var submitted = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id));
        var underReview = await _api.ReviewAsync(submitted, ReviewDecision.StartReview);
        app.Clock.Advance(TimeSpan.FromHours(5));
        var decision = Now();
        await _api.ReviewAsync(underReview, ReviewDecision.Reject, "不符合任职条件");

        var fact = await _feeds.FactAsync<FilingFact>(submitted.Id);

        fact.Status.ShouldBe(FilingStatus.Rejected);
        fact.SubmittedAt.ShouldBe(submitted.SubmittedAt);
        fact.DecidedAt.ShouldBe(decision);
        fact.ApprovedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Each_save_stores_one_change_event_for_the_record_even_when_only_its_awards_change_and_none_when_it_fails()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var registered = await _feeds.ChangesAsync<EnterpriseChanged>(enterprise.Id);

        var edited = enterprise;
        var awardsOnly = await _feeds.ChangesByAsync<EnterpriseChanged>(enterprise.Id, async () =>
            edited = await ReadAsync(await EditAsync(enterprise, awards: [new { name = "浦东新区区长质量奖", level = "District", year = 2025 }])));
        var otherAward = (await _feeds.FactAsync<EnterpriseFact>(enterprise.Id)).Awards;
        var awardsRemoved = await _feeds.ChangesByAsync<EnterpriseChanged>(enterprise.Id, async () => await ReadAsync(await EditAsync(edited, awards: [])));
        var stale = await _feeds.ChangesByAsync<EnterpriseChanged>(enterprise.Id, async () =>
            (await EditAsync(enterprise)).StatusCode.ShouldBe(HttpStatusCode.Conflict));
        var draft = await _api.DraftAsync(enterprise.Id);
        var drafted = await _feeds.ChangesAsync<FilingChanged>(draft.Id);
        var ready = draft;
        var letter = await _feeds.ChangesByAsync<FilingChanged>(draft.Id, async () => ready = await _api.UploadLetterAsync(draft));
        var submitted = await _feeds.ChangesByAsync<FilingChanged>(draft.Id, () => _api.SubmitAsync(ready));

        registered.ShouldBe([new EnterpriseChanged(enterprise.Id)]);
        awardsOnly.ShouldBe(1, "an owned part's change is a change of its owner");
        otherAward.ShouldBe([new QualityAwardDto("浦东新区区长质量奖", AwardLevel.District, 2025)]);
        awardsRemoved.ShouldBe(1, "so is a part's removal");
        (await _feeds.FactAsync<EnterpriseFact>(enterprise.Id)).Awards.ShouldBeEmpty();
        stale.ShouldBe(0, "a save that fails stores no event");
        drafted.ShouldBe([new FilingChanged(draft.Id)]);
        letter.ShouldBe(1);
        submitted.ShouldBe(1);
    }

    [Fact]
    public async Task Moving_an_enterprise_to_another_unit_announces_the_filings_whose_jurisdiction_moved_with_it()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var filings = new[] { await _api.DraftAsync(enterprise.Id), await _api.DraftAsync(enterprise.Id) };
        var before = await Task.WhenAll(filings.Select(f => _feeds.ChangesAsync<FilingChanged>(f.Id)));

        var enterpriseChanges = await _feeds.ChangesByAsync<EnterpriseChanged>(enterprise.Id, async () =>
            (await EditAsync(enterprise, unit: "LINGANG")).StatusCode.ShouldBe(HttpStatusCode.OK));
        var after = await Task.WhenAll(filings.Select(f => _feeds.ChangesAsync<FilingChanged>(f.Id)));
        var facts = await _feeds.FindAsync<FilingFact>([.. filings.Select(f => f.Id)]);

        enterpriseChanges.ShouldBe(1);
        after.Select((changes, i) => changes.Count - before[i].Count).ShouldBe([1, 1]);
        facts.Select(f => f.JurisdictionCode).ShouldBe(["LINGANG", "LINGANG"]);
        (await _feeds.FactAsync<EnterpriseFact>(enterprise.Id)).JurisdictionCode.ShouldBe("LINGANG");
    }

    private DateTimeOffset Now() => app.Clock.GetUtcNow();

    private static async Task<EnterpriseDto> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!;
    }

    private async Task DeregisterAsync(Guid enterpriseId, string jurisdiction = RegistryApi.Pudong)
    {
        var current = await _api.Municipal().GetFromJsonAsync<EnterpriseDto>($"/api/registry/enterprises/{enterpriseId}", Json.Options);
        var response = await _api.District(jurisdiction).PostAsJsonAsync(
            $"/api/registry/enterprises/{enterpriseId}/deregister", new { comment = "已注销", concurrencyStamp = current!.ConcurrencyStamp }, Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Saves <paramref name="enterprise"/> as it was read, with another unit or other awards, under the stamp it was read with.</summary>
    private Task<HttpResponseMessage> EditAsync(EnterpriseDto enterprise, string? unit = null, object[]? awards = null) =>
        _api.Municipal().PutAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}", new
        {
            name = enterprise.Name,
            address = enterprise.Address,
            districtCode = enterprise.DistrictCode,
            regulatorUnitCode = unit ?? enterprise.RegulatorUnitCode,
            industryDivisionCode = enterprise.IndustryDivisionCode,
            scale = enterprise.Scale,
            aboveDesignatedSize = enterprise.AboveDesignatedSize,
            specialised = enterprise.Specialised,
            awards = awards ?? [.. enterprise.Awards],
            concurrencyStamp = enterprise.ConcurrencyStamp,
        }, Json.Options);
}
