using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Registry.Contracts;

namespace Cqo.IntegrationTests.Registry;

/// <summary>Each guard on submitting (DOMAIN.md §4) fails on its own, and all failures are listed together.</summary>
[Collection(HostCollection.Name)]
public sealed class FilingGuardTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    [Fact]
    public async Task A_filing_that_meets_every_guard_checks_clean()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var filing = await _api.ReadyAsync(enterprise.Id);

        var check = await Check(filing);

        check.CanSubmit.ShouldBeTrue(string.Join("; ", check.Failures.Select(f => f.Message)));
    }

    [Fact]
    public async Task Every_failing_guard_is_listed_one_by_one_with_its_field()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var person = await _api.CreatePersonAsync(enterprise.Id, WithTitle(RegistryApi.NewPerson(enterprise.Id, education: Education.JuniorCollege, qualityYears: 1), "None"));
        var draft = await _api.DraftAsync(enterprise.Id, RegistryApi.NewFiling(person.Id, declarations: ["no_criminal_penalty"], certificate: null));

        var check = await Check(draft);
        var submit = await _api.Enterprise(enterprise.Id).PostAsJsonAsync($"/api/registry/filings/{draft.Id}/submit", new { concurrencyStamp = draft.ConcurrencyStamp }, Json.Options);

        check.CanSubmit.ShouldBeFalse();
        check.Failures.Select(f => f.Code).ShouldBe(
            ["registry.guard.qualification", "registry.guard.certificate_required", "registry.guard.declaration_missing", "registry.guard.declaration_missing", "registry.guard.letter_missing"],
            ignoreOrder: true);
        check.Failures.ShouldAllBe(f => !string.IsNullOrWhiteSpace(f.Message) && !f.Message.StartsWith("Registry:"));
        var problem = await submit.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.submit_guards_failed", "personId", "trainingCertificateNumber", "declarations", "letter");
        problem.GetProperty("errors").GetProperty("declarations").GetArrayLength().ShouldBe(2);
        (await _api.GetAsync(draft.Id)).Status.ShouldBe(FilingStatus.Draft, "a refused submission changes nothing");
    }

    [Fact]
    public async Task An_intermediate_title_stands_in_for_the_degree_and_a_waiver_request_lets_an_unqualified_officer_be_submitted()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var titled = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, education: Education.JuniorCollege, qualityYears: 4));
        var unqualified = await _api.CreatePersonAsync(enterprise.Id, WithTitle(RegistryApi.NewPerson(enterprise.Id, education: Education.Secondary, qualityYears: 1), "None"));

        var byTitle = await Check(await _api.ReadyAsync(enterprise.Id, personId: titled.Id));
        var waived = await Check(await _api.ReadyAsync(enterprise.Id, RegistryApi.NewFiling(unqualified.Id, waiver: "企业技术骨干，申请豁免学历要求"), unqualified.Id));

        byTitle.Failures.ShouldNotContain(f => f.Code == "registry.guard.qualification");
        waived.Failures.ShouldNotContain(f => f.Code == "registry.guard.qualification");
    }

    [Fact]
    public async Task An_officer_must_be_of_age_and_one_without_a_known_birth_date_cannot_be_checked()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var old = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, RegistryApi.NewResidentId(new DateOnly(1940, 1, 1))));
        var young = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, RegistryApi.NewResidentId(new DateOnly(2012, 1, 1))));
        var passport = await _api.CreatePersonAsync(enterprise.Id, new
        {
            enterpriseId = enterprise.Id,
            name = "John Smith",
            idType = "Passport",
            idNumber = $"E{Random.Shared.Next(10_000_000, 99_999_999)}",
            education = "Master",
            title = "Senior",
            qualityEngineerLevel = "Senior",
            qualityYears = 10,
        });

        (await GuardsFor(enterprise.Id, old.Id)).ShouldContain("registry.guard.officer_age");
        (await GuardsFor(enterprise.Id, young.Id)).ShouldContain("registry.guard.officer_age");
        (await GuardsFor(enterprise.Id, passport.Id)).ShouldContain("registry.guard.birth_date_unknown");
    }

    [Fact]
    public async Task A_second_appointment_must_name_the_active_one_it_replaces_and_only_one_filing_runs_at_a_time()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var active = await _api.AnnouncedAsync(enterprise.Id);
        await _api.PassAnnouncementWindowAsync();
        var pending = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id, RegistryApi.NewFiling((await _api.CreatePersonAsync(enterprise.Id)).Id, replaces: active.Id)));

        var notReplacing = await GuardsFor(enterprise.Id, (await _api.CreatePersonAsync(enterprise.Id)).Id);
        var replacingWrongOne = await GuardsFor(enterprise.Id, (await _api.CreatePersonAsync(enterprise.Id)).Id, replaces: pending.Id);

        notReplacing.ShouldContain("registry.guard.active_filing_exists");
        notReplacing.ShouldContain("registry.guard.filing_pending");
        replacingWrongOne.ShouldContain("registry.guard.active_filing_exists");
    }

    [Fact]
    public async Task Naming_a_filing_to_replace_when_there_is_no_active_one_fails()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();

        (await GuardsFor(enterprise.Id, (await _api.CreatePersonAsync(enterprise.Id)).Id, replaces: Guid.NewGuid())).ShouldContain("registry.guard.replaces_not_active");
    }

    [Fact]
    public async Task A_deregistered_enterprise_cannot_submit()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var draft = await _api.ReadyAsync(enterprise.Id);
        await _api.Municipal().PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister", new { concurrencyStamp = enterprise.ConcurrencyStamp }, Json.Options);

        (await Check(draft)).Failures.Select(f => f.Code).ShouldContain("registry.guard.enterprise_not_active");
    }

    [Fact]
    public async Task A_jurisdictions_own_rule_set_takes_precedence_over_the_city_default()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Xuhui);
        var person = await _api.CreatePersonAsync(enterprise.Id);
        var before = await GuardsFor(enterprise.Id, person.Id);
        var rules = new
        {
            requirements = new[] { "Large", "Medium", "Small", "Micro" }.Select(s => new { scale = s, minimumEducation = "Master", minimumYears = 8, alternativeTitle = "Senior", alternativeYears = 8 }),
            requireTrainingCertificate = false,
            requiredDeclarations = Array.Empty<string>(),
            officerMinAge = 25,
            officerMaxAge = 65,
            announcementWorkingDays = 7,
            concurrencyStamp = (Guid?)null,
        };

        var saved = await _api.Municipal().PutAsJsonAsync($"/api/registry/rule-sets/{RegistryApi.Xuhui}", rules, Json.Options);
        var after = await GuardsFor(enterprise.Id, person.Id, certificate: null);
        var stamp = (await saved.Content.ReadFromJsonAsync<RuleSetDto>(Json.Options))!.ConcurrencyStamp;
        var byDistrict = await _api.District(RegistryApi.Xuhui).PutAsJsonAsync($"/api/registry/rule-sets/{RegistryApi.Xuhui}", rules with { concurrencyStamp = stamp }, Json.Options);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        before.ShouldNotContain("registry.guard.qualification");
        after.ShouldContain("registry.guard.qualification");
        after.ShouldNotContain("registry.guard.certificate_required");
        byDistrict.StatusCode.ShouldBe(HttpStatusCode.OK, "a district holding the permission edits its own rule set");
        await (await _api.District(RegistryApi.Pudong).PutAsJsonAsync($"/api/registry/rule-sets/{RegistryApi.Xuhui}", rules, Json.Options))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.outside_scope");
        await (await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/rule-sets/{RegistryApi.Xuhui}", rules, Json.Options))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_rule_set_without_requirements_is_a_400_not_a_crash()
    {
        var response = await _api.Municipal().PutAsJsonAsync("/api/registry/rule-sets/default", new { requirements = (object?)null, officerMinAge = 18, officerMaxAge = 75 }, Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "requirements");
    }

    private async Task<IReadOnlyList<string>> GuardsFor(Guid enterpriseId, Guid personId, Guid? replaces = null, string? certificate = "SHCQO-2025-310115-000123") =>
        [.. (await Check(await _api.ReadyAsync(enterpriseId, RegistryApi.NewFiling(personId, replaces, certificate: certificate), personId))).Failures.Select(f => f.Code)];

    private async Task<FilingCheckDto> Check(FilingDto filing) =>
        (await _api.Municipal().GetFromJsonAsync<FilingCheckDto>($"/api/registry/filings/{filing.Id}/check", Json.Options))!;

    private static Dictionary<string, object?> WithTitle(object person, string title)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(person, Json.Options))!;
        fields["title"] = title;
        fields["qualityEngineerLevel"] = title;
        return fields;
    }
}
