using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Registry;

[Collection(HostCollection.Name)]
public sealed class EnterpriseTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    [Fact]
    public async Task A_code_typed_with_spaces_full_width_characters_and_lower_case_is_stored_normalized()
    {
        var uscc = IdentityApi.NewUscc();
        var typed = "  " + string.Concat(uscc[..6].Select(c => (char)(c + 0xFEE0))) + uscc[6..].ToLowerInvariant() + " ";

        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(typed), Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var enterprise = (await response.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!;
        enterprise.Uscc.ShouldBe(uscc);
        enterprise.Id.ShouldBe(OrganisationIds.FromUscc(uscc));
        enterprise.RegulatorUnitCode.ShouldBe(RegistryApi.Pudong);
        enterprise.Awards.ShouldHaveSingleItem().Name.ShouldBe("上海市质量金奖");
    }

    [Theory]
    [InlineData("91310110666007217", "Length")]
    [InlineData("91310110666007217I", "Alphabet")]
    [InlineData("91310110666007217A", "CheckCharacter")]
    public async Task A_bad_code_is_refused_naming_the_rule(string uscc, string rule)
    {
        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc), Json.Options);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "uscc");
        var message = problem.GetProperty("errors").GetProperty("uscc")[0].GetString()!;
        message.ShouldContain(rule switch { "Length" => "18", "Alphabet" => "I、O、S、V、Z", _ => "校验码" });
    }

    [Fact]
    public async Task A_regulator_registers_a_legacy_code_failing_its_check_with_a_recorded_reason_but_an_enterprise_cannot()
    {
        var valid = IdentityApi.NewUscc();
        var legacy = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var request = new { uscc = legacy, usccOverrideReason = (string?)"1990 年代早期赋码，经核实有效", name = "上海老字号制造厂", districtCode = RegistryApi.Pudong, industryDivisionCode = "34", scale = "Small" };

        var byEnterprise = await _api.Enterprise(OrganisationIds.FromUscc(legacy)).PostAsJsonAsync("/api/registry/enterprises", request, Json.Options);
        var withoutReason = await _api.District().PostAsJsonAsync("/api/registry/enterprises", request with { usccOverrideReason = (string?)null }, Json.Options);
        var byRegulator = await _api.District().PostAsJsonAsync("/api/registry/enterprises", request, Json.Options);

        await byEnterprise.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "uscc");
        await withoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "uscc");
        byRegulator.StatusCode.ShouldBe(HttpStatusCode.Created, await byRegulator.Content.ReadAsStringAsync());
        (await byRegulator.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!.UsccOverrideReason.ShouldBe(request.usccOverrideReason);
    }

    [Fact]
    public async Task A_code_with_a_historical_division_such_as_310103_is_valid()
    {
        var uscc = WithCheck("91310103" + "MA1AB2C3D");

        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc, RegistryApi.Xuhui), Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_second_registration_names_the_existing_enterprise_only_to_who_may_see_it()
    {
        var existing = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var again = RegistryApi.NewEnterprise(existing.Uscc, RegistryApi.Pudong);

        var seen = await _api.District(RegistryApi.Pudong).PostAsJsonAsync("/api/registry/enterprises", again, Json.Options);
        var unseen = await _api.District(RegistryApi.Xuhui).PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(existing.Uscc, RegistryApi.Xuhui), Json.Options);

        var named = await seen.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.uscc_registered");
        named.GetProperty("detail").GetString()!.ShouldContain(existing.Name);
        var neutral = await unseen.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.uscc_registered");
        neutral.GetProperty("detail").GetString()!.ShouldNotContain(existing.Name);
    }

    [Fact]
    public async Task An_enterprise_registers_only_itself_and_a_district_only_within_its_jurisdiction()
    {
        var uscc = IdentityApi.NewUscc();

        var otherEnterprise = await _api.Enterprise(Guid.NewGuid()).PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc), Json.Options);
        var otherDistrict = await _api.District(RegistryApi.Xuhui).PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc, RegistryApi.Pudong), Json.Options);
        var itself = await _api.Enterprise(OrganisationIds.FromUscc(uscc)).PostAsJsonAsync("/api/registry/enterprises", RegistryApi.NewEnterprise(uscc), Json.Options);

        await otherEnterprise.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.outside_scope");
        await otherDistrict.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.outside_scope");
        itself.StatusCode.ShouldBe(HttpStatusCode.Created, await itself.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_district_division_and_regulator_unit_are_each_named()
    {
        var request = new { uscc = IdentityApi.NewUscc(), name = "上海未知企业", districtCode = "310199", regulatorUnitCode = "NOWHERE", industryDivisionCode = "99", scale = "Small" };

        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/enterprises", request, Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "districtCode", "industryDivisionCode", "regulatorUnitCode");
    }

    [Fact]
    public async Task An_enterprise_in_Lingang_falls_under_the_Lingang_unit()
    {
        var request = new { uscc = IdentityApi.NewUscc(), name = "临港新片区测试企业", districtCode = RegistryApi.Pudong, regulatorUnitCode = "LINGANG", industryDivisionCode = "38", scale = "Large" };

        var created = await (await _api.Municipal().PostAsJsonAsync("/api/registry/enterprises", request, Json.Options)).Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options);

        created!.RegulatorUnitCode.ShouldBe("LINGANG");
        (await _api.District("LINGANG").GetAsync($"/api/registry/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.District(RegistryApi.Pudong).GetAsync($"/api/registry/enterprises/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reads_outside_the_scope_answer_404_for_another_enterprise_a_provider_and_another_district()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var url = $"/api/registry/enterprises/{enterprise.Id}";

        (await _api.Enterprise(enterprise.Id).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.District(RegistryApi.Pudong).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await _api.Enterprise(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await _api.Provider(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await _api.District(RegistryApi.Xuhui).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var listed = await _api.District(RegistryApi.Xuhui).GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={enterprise.Uscc}", Json.Options);
        listed!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Search_by_code_by_name_prefix_and_by_district_and_status()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Xuhui, EnterpriseScale.Small);
        var client = _api.Municipal();

        var byCode = await client.GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={enterprise.Uscc.ToLowerInvariant()}", Json.Options);
        var byPrefix = await client.GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={Uri.EscapeDataString(enterprise.Name[..12])}&take=1000", Json.Options);
        var byDistrict = await client.GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?districtCode={RegistryApi.Xuhui}&status=Active&scale=Small&sort=-createdAt&take=1000", Json.Options);
        var badSort = await client.GetAsync("/api/registry/enterprises?sort=password");
        var badStatus = await client.GetAsync("/api/registry/enterprises?status=Dormant");

        byCode!.Items.ShouldHaveSingleItem().Id.ShouldBe(enterprise.Id);
        byPrefix!.Items.ShouldContain(e => e.Id == enterprise.Id);
        byDistrict!.Items.ShouldContain(e => e.Id == enterprise.Id);
        byDistrict.Items.ShouldAllBe(e => e.DistrictCode == RegistryApi.Xuhui && e.Scale == EnterpriseScale.Small);
        await badSort.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "sort");
        await badStatus.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "status");
    }

    [Fact]
    public async Task An_edit_with_a_stale_stamp_is_409_and_moving_to_another_unit_moves_its_people()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var person = await _api.CreatePersonAsync(enterprise.Id);
        var edit = new
        {
            name = enterprise.Name + "（更名）",
            districtCode = RegistryApi.Pudong,
            regulatorUnitCode = "LINGANG",
            industryDivisionCode = "34",
            scale = "Large",
            aboveDesignatedSize = true,
            specialised = true,
            awards = Array.Empty<object>(),
            concurrencyStamp = enterprise.ConcurrencyStamp,
        };

        var first = await _api.Municipal().PutAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}", edit, Json.Options);
        var stale = await _api.Municipal().PutAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}", edit, Json.Options);

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        (await first.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!.Awards.ShouldBeEmpty();
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
        (await _api.District("LINGANG").GetAsync($"/api/registry/people/{person.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.District(RegistryApi.Pudong).GetAsync($"/api/registry/people/{person.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deregistering_ends_the_active_appointment_and_a_second_deregistration_conflicts()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);
        await _api.PassAnnouncementWindowAsync();
        var current = await (await _api.Municipal().GetAsync($"/api/registry/enterprises/{enterprise.Id}")).Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options);

        var response = await _api.District().PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister", new { comment = "已注销", concurrencyStamp = current!.ConcurrencyStamp }, Json.Options);
        var again = await _api.District().PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister", new { concurrencyStamp = current.ConcurrencyStamp }, Json.Options);

        (await response.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!.Status.ShouldBe(EnterpriseStatus.Deregistered);
        var filing = await _api.GetAsync(announced.Id);
        filing.Status.ShouldBe(FilingStatus.Ended);
        filing.EndReason.ShouldBe(FilingEndReason.EnterpriseDeregistered);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.enterprise_deregistered");
    }

    [Fact]
    public async Task Only_a_regulator_deregisters_and_every_open_filing_closes_so_none_activates_later()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);
        var draft = await _api.DraftAsync(enterprise.Id);
        var current = await _api.Municipal().GetFromJsonAsync<EnterpriseDto>($"/api/registry/enterprises/{enterprise.Id}", Json.Options);
        var request = new { comment = "企业已注销", concurrencyStamp = current!.ConcurrencyStamp };

        var byItself = await _api.Enterprise(enterprise.Id).PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister", request, Json.Options);
        var byRegulator = await _api.District().PostAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}/deregister", request, Json.Options);
        await _api.PassAnnouncementWindowAsync();

        await byItself.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.outside_scope");
        byRegulator.StatusCode.ShouldBe(HttpStatusCode.OK, await byRegulator.Content.ReadAsStringAsync());
        (await _api.GetAsync(announced.Id)).Status.ShouldBe(FilingStatus.Revoked);
        (await _api.GetAsync(draft.Id)).Status.ShouldBe(FilingStatus.Withdrawn);
    }

    [Fact]
    public async Task An_enterprise_edits_its_own_record_but_cannot_move_itself_to_another_regulator()
    {
        var enterprise = await _api.RegisterEnterpriseAsync(RegistryApi.Pudong);
        var edit = new
        {
            name = enterprise.Name,
            address = "上海市浦东新区张江路 1 号",
            districtCode = RegistryApi.Pudong,
            regulatorUnitCode = (string?)null,
            industryDivisionCode = "35",
            scale = "Large",
            concurrencyStamp = enterprise.ConcurrencyStamp,
        };

        var move = await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}", edit with { regulatorUnitCode = "LINGANG" }, Json.Options);
        var own = await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/enterprises/{enterprise.Id}", edit, Json.Options);

        await move.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "registry.outside_scope");
        (await own.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!.IndustryDivisionCode.ShouldBe("35");
    }

    private static string WithCheck(string body)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var sum = body.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
        return body + alphabet[(31 - (sum % 31)) % 31];
    }
}
