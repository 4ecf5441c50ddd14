using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Auditing;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Reference;

[Collection(HostCollection.Name)]
public sealed class RegulatorUnitTests(CqoApp app)
{
    private readonly Guid _userId = Guid.NewGuid();

    private HttpClient Manager => app.CreateClientAs(_userId, ReferencePermissions.Manage);

    [Fact]
    public async Task Changes_need_a_signed_in_caller_with_the_permission()
    {
        var request = NewUnit("AUTH1");

        var anonymous = await app.CreateClient().PostAsJsonAsync("/api/reference/regulator-units", request, Json.Options);
        var withoutPermission = await app.CreateClientAs(Guid.NewGuid()).PostAsJsonAsync("/api/reference/regulator-units", request, Json.Options);

        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await withoutPermission.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Create_then_read_back_and_a_second_create_of_the_code_conflicts()
    {
        var created = await Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit("NEW1"), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var unit = (await created.Content.ReadFromJsonAsync<RegulatorUnitDto>(Json.Options))!;

        var read = await app.CreateClient().GetFromJsonAsync<RegulatorUnitDto>(created.Headers.Location!.ToString(), Json.Options);
        var duplicate = await Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit("NEW1"), Json.Options);

        read.ShouldBe(unit);
        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict, "reference.unit_code_taken");
    }

    [Fact]
    public async Task Parallel_creates_of_one_code_store_one_unit_and_answer_409_to_the_rest()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit("PAR1"), Json.Options)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, "reference.unit_code_taken");
        }

        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ReferenceDbContext>().RegulatorUnits.CountAsync(u => u.Code == "PAR1")).ShouldBe(1);
    }

    [Fact]
    public async Task A_blank_district_code_on_a_unit_that_is_not_a_district_bureau_means_none()
    {
        var response = await Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit("BLANK1") with { DistrictCode = "" }, Json.Options);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<RegulatorUnitDto>(Json.Options))!.DistrictCode.ShouldBeNull();
    }

    [Fact]
    public async Task A_district_bureau_must_name_a_known_district()
    {
        var response = await Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit("DIST1") with { Kind = RegulatorUnitKind.District, DistrictCode = "999999" }, Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "districtCode");
    }

    [Fact]
    public async Task Two_concurrent_updates_of_one_row_one_wins_one_gets_409()
    {
        var unit = await CreateAsync("RACE1");
        var first = Manager.PutAsJsonAsync($"/api/reference/regulator-units/{unit.Id}", Edit(unit, "甲"), Json.Options);
        var second = Manager.PutAsJsonAsync($"/api/reference/regulator-units/{unit.Id}", Edit(unit, "乙"), Json.Options);

        var responses = await Task.WhenAll(first, second);

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var loser = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
        var winner = (await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<RegulatorUnitDto>(Json.Options))!;
        (await app.CreateClient().GetFromJsonAsync<RegulatorUnitDto>($"/api/reference/regulator-units/{unit.Id}", Json.Options)).ShouldBe(winner);
    }

    [Fact]
    public async Task An_update_with_a_stale_stamp_is_refused_and_changes_nothing()
    {
        var unit = await CreateAsync("STALE1");
        (await Manager.PutAsJsonAsync($"/api/reference/regulator-units/{unit.Id}", Edit(unit, "第一次"), Json.Options)).EnsureSuccessStatusCode();

        var stale = await Manager.PutAsJsonAsync($"/api/reference/regulator-units/{unit.Id}", Edit(unit, "第二次"), Json.Options);

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
        (await app.CreateClient().GetFromJsonAsync<RegulatorUnitDto>($"/api/reference/regulator-units/{unit.Id}", Json.Options))!.NameZh.ShouldBe("第一次");
    }

    [Fact]
    public async Task Delete_is_soft_hides_the_unit_and_keeps_the_row()
    {
        var unit = await CreateAsync("SOFT1");

        var deleted = await Manager.DeleteAsync($"/api/reference/regulator-units/{unit.Id}?concurrencyStamp={unit.ConcurrencyStamp}");
        var read = await app.CreateClient().GetAsync($"/api/reference/regulator-units/{unit.Id}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await using var scope = app.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<ReferenceDbContext>().RegulatorUnits.IgnoreQueryFilters().SingleAsync(u => u.Id == unit.Id);
        row.IsDeleted.ShouldBeTrue();
        row.DeletedBy.ShouldBe(_userId);
        row.DeletedAt.ShouldBe(app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Changes_and_the_requests_that_made_them_are_audited()
    {
        var unit = await CreateAsync("AUDIT1");
        (await Manager.PutAsJsonAsync($"/api/reference/regulator-units/{unit.Id}", Edit(unit, "审计后"), Json.Options)).EnsureSuccessStatusCode();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var changes = await db.EntityChanges.Where(c => c.EntityKey == unit.Id.ToString()).ToListAsync();
        var update = changes.Single(c => c.Kind == EntityChangeKind.Updated);
        var requests = await db.RequestAudits.Where(r => r.Path == $"/api/reference/regulator-units/{unit.Id}").ToListAsync();

        changes.ShouldContain(c => c.Kind == EntityChangeKind.Created && c.ChangedBy == _userId);
        update.ChangedBy.ShouldBe(_userId);
        update.ChangedAt.ShouldBe(app.Clock.GetUtcNow(), "all time comes from TimeProvider");
        update.EntityType.ShouldBe("RegulatorUnit");
        update.Changes.ShouldContain("审计后");
        update.Changes.ShouldContain("AUDIT1 名称");
        update.Changes.ShouldNotContain(nameof(RegulatorUnitDto.ConcurrencyStamp));
        requests.ShouldHaveSingleItem().Method.ShouldBe("PUT");
        requests[0].StatusCode.ShouldBe(200);
        requests[0].UserId.ShouldBe(_userId);
        requests[0].At.ShouldBe(app.Clock.GetUtcNow());
        requests[0].CorrelationId.ShouldBe(update.CorrelationId);
    }

    [Fact]
    public async Task Refused_changes_are_audited_too()
    {
        var path = $"/api/reference/regulator-units/{Guid.NewGuid()}";

        var refused = await app.CreateClientAs(_userId).PutAsJsonAsync(path, new { nameZh = "x" }, Json.Options);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().RequestAudits.SingleAsync(r => r.Path == path);
        audit.StatusCode.ShouldBe(403);
        audit.UserId.ShouldBe(_userId);
    }

    private async Task<RegulatorUnitDto> CreateAsync(string code)
    {
        var response = await Manager.PostAsJsonAsync("/api/reference/regulator-units", NewUnit(code), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegulatorUnitDto>(Json.Options))!;
    }

    private static UnitBody NewUnit(string code) => new(code, $"{code} 名称", $"{code} name", RegulatorUnitKind.Special, null);

    private static object Edit(RegulatorUnitDto unit, string nameZh) =>
        new { nameZh, nameEn = unit.NameEn, kind = unit.Kind, districtCode = unit.DistrictCode, concurrencyStamp = unit.ConcurrencyStamp };

    private sealed record UnitBody(string Code, string NameZh, string NameEn, RegulatorUnitKind Kind, string? DistrictCode);
}
