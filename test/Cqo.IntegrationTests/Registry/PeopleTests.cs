using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.Registry.Application.People;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Registry;

[Collection(HostCollection.Name)]
public sealed class PeopleTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    public static TheoryData<string, string> BadNumbers => new()
    {
        { RegistryApi.NewResidentId()[..17] + "Z", "格式" },
        { "310115199002310012", "出生日期不是有效日期" },
        { "31011520990101001" + "0", "晚于今天" },
        { "3101151986052012", "位数" },
    };

    [Fact]
    public async Task Full_width_digits_a_lower_case_x_and_spaces_are_accepted_and_stored_normalized_encrypted_and_masked()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        const string number = "11010519491231002X";
        var typed = " " + string.Concat(number[..6].Select(c => (char)(c + 0xFEE0))) + " " + number[6..^1] + "x ";

        var person = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, typed));

        person.IdNumberMasked.ShouldBe("1101**********002X");
        person.BirthDate.ShouldBe(new DateOnly(1949, 12, 31));
        person.Gender.ShouldBe(Gender.Female);
        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().People.IgnoreQueryFilters().SingleAsync(p => p.Id == person.Id);
        stored.IdNumberCipher.ShouldNotContain(number);
        stored.IdNumberCipher.ShouldStartWith("v1:");
        scope.ServiceProvider.GetRequiredService<IdNumbers>().Reveal(stored).ShouldBe(number);
        var trail = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<EntityChange>()
            .Where(c => c.EntityType == "Person" && c.EntityKey == person.Id.ToString()).Select(c => c.Changes).SingleAsync();
        trail.ShouldNotContain(stored.IdNumberCipher);
        trail.ShouldNotContain(stored.IdNumberHash);
        trail.ShouldContain(person.IdNumberMasked);
    }

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public async Task A_bad_resident_id_is_refused_naming_the_field_and_the_rule(string idNumber, string rule)
    {
        var enterprise = await _api.RegisterEnterpriseAsync();

        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/people", RegistryApi.NewPerson(enterprise.Id, idNumber), Json.Options);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "idNumber");
        problem.GetProperty("errors").GetProperty("idNumber")[0].GetString()!.ShouldContain(rule);
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var valid = RegistryApi.NewResidentId();
        var wrong = valid[..17] + (valid[17] == '1' ? '2' : '1');

        var response = await _api.Municipal().PostAsJsonAsync("/api/registry/people", RegistryApi.NewPerson(enterprise.Id, wrong), Json.Options);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "idNumber");
        problem.GetProperty("errors").GetProperty("idNumber")[0].GetString()!.ShouldContain("校验码");
    }

    [Fact]
    public async Task The_same_document_twice_in_one_enterprise_conflicts_but_another_enterprise_may_record_the_person()
    {
        var first = await _api.RegisterEnterpriseAsync();
        var second = await _api.RegisterEnterpriseAsync();
        var number = RegistryApi.NewResidentId();
        var person = await _api.CreatePersonAsync(first.Id, RegistryApi.NewPerson(first.Id, number));

        var again = await _api.Municipal().PostAsJsonAsync("/api/registry/people", RegistryApi.NewPerson(first.Id, number.ToLowerInvariant()), Json.Options);
        var elsewhere = await _api.Municipal().PostAsJsonAsync("/api/registry/people", RegistryApi.NewPerson(second.Id, number), Json.Options);

        var conflict = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.person_exists");
        conflict.GetProperty("detail").GetString()!.ShouldContain(person.Id.ToString());
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_exact_ID_number_finds_the_person_through_its_keyed_hash()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var number = RegistryApi.NewResidentId();
        var person = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, number));

        var response = await _api.Enterprise(enterprise.Id).PostAsJsonAsync("/api/registry/people/search-by-id-number", new { idType = "ResidentId", idNumber = number }, Json.Options);
        var elsewhere = await _api.Enterprise(Guid.NewGuid()).PostAsJsonAsync("/api/registry/people/search-by-id-number", new { idNumber = number }, Json.Options);

        (await response.Content.ReadFromJsonAsync<PagedResult<PersonDto>>(Json.Options))!.Items.ShouldHaveSingleItem().Id.ShouldBe(person.Id);
        (await elsewhere.Content.ReadFromJsonAsync<PagedResult<PersonDto>>(Json.Options))!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Revealing_a_full_number_needs_the_permission_and_a_reason_and_is_recorded()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var number = RegistryApi.NewResidentId();
        var person = await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, number));
        var url = $"/api/registry/people/{person.Id}/reveal-id-number";

        var byEnterprise = await _api.Enterprise(enterprise.Id).PostAsJsonAsync(url, new { reason = "核对" }, Json.Options);
        var withoutReason = await _api.District().PostAsJsonAsync(url, new { reason = "" }, Json.Options);
        var otherDistrict = await _api.District(RegistryApi.Xuhui).PostAsJsonAsync(url, new { reason = "核对" }, Json.Options);
        var revealed = await _api.District().PostAsJsonAsync(url, new { reason = "核对备案材料" }, Json.Options);

        await byEnterprise.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await withoutReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");
        await otherDistrict.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await revealed.Content.ReadFromJsonAsync<RevealedIdNumberDto>(Json.Options))!.IdNumber.ShouldBe(number);
        await using var scope = app.Services.CreateAsyncScope();
        var reveals = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().IdNumberReveals.Where(r => r.PersonId == person.Id).ToListAsync();
        reveals.ShouldHaveSingleItem().Reason.ShouldBe("核对备案材料");
        var views = await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().EntityChanges
            .Where(c => c.EntityType == "Person" && c.EntityKey == person.Id.ToString() && c.Kind == EntityChangeKind.Viewed).ToListAsync();
        views.ShouldHaveSingleItem("the reveal is on the audit trail as a view").Changes.ShouldContain("核对备案材料");
    }

    [Fact]
    public async Task People_are_404_outside_the_scope_and_an_enterprise_records_only_its_own()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var person = await _api.CreatePersonAsync(enterprise.Id);
        var url = $"/api/registry/people/{person.Id}";

        (await _api.Enterprise(enterprise.Id).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await _api.Enterprise(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _api.Provider(Guid.NewGuid()).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _api.District(RegistryApi.Xuhui).GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var intoOther = await _api.Enterprise(Guid.NewGuid()).PostAsJsonAsync("/api/registry/people", RegistryApi.NewPerson(enterprise.Id), Json.Options);
        await intoOther.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_corrected_number_is_rechecked_and_a_stale_edit_conflicts()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var person = await _api.CreatePersonAsync(enterprise.Id);
        var corrected = RegistryApi.NewResidentId(new DateOnly(1975, 1, 2));
        var edit = new
        {
            name = "张三丰",
            idType = "ResidentId",
            idNumber = corrected,
            education = "Master",
            title = "Senior",
            qualityEngineerLevel = "Senior",
            qualityYears = 20,
            concurrencyStamp = person.ConcurrencyStamp,
        };

        var first = await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/people/{person.Id}", edit, Json.Options);
        var stale = await _api.Enterprise(enterprise.Id).PutAsJsonAsync($"/api/registry/people/{person.Id}", edit, Json.Options);

        var updated = (await first.Content.ReadFromJsonAsync<PersonDto>(Json.Options))!;
        updated.BirthDate.ShouldBe(new DateOnly(1975, 1, 2));
        updated.IdNumberMasked.ShouldEndWith(corrected[^4..]);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
    }
}
