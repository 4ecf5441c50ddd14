using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Security;

namespace Cqo.IntegrationTests.Oversight;

[Collection(AuditTrailCollection.Name)]
public sealed class AuditTrailQueryTests(AuditTrailFixture fixture)
{
    private readonly AuditTrailApi _api = new(fixture.App);

    [Fact]
    public async Task Filters_narrow_the_trail_by_user_entity_kind_time_and_correlation()
    {
        var (user, records) = await _api.ArrangeAsync();
        var client = _api.Auditor(Guid.NewGuid());
        var now = fixture.App.Clock.GetUtcNow();

        var mine = await ListAsync(client, $"userId={user}");
        mine.TotalCount.ShouldBe(3);
        mine.Items.Select(i => i.Id).ShouldBe([records.Request.Id, records.Renamed.Id, records.Created.Id]); // newest first by default
        mine.Items.ShouldAllBe(i => i.UserName!.StartsWith("审计员"));
        var renamed = mine.Items[1];
        renamed.Kind.ShouldBe(AuditTrailKind.Change);
        renamed.ChangeKind.ShouldBe(AuditChangeKind.Updated);
        renamed.Changes!.ShouldHaveSingleItem().Property.ShouldBe("Name");
        renamed.Changes![0].Old.GetString().ShouldBe("旧");
        renamed.Changes![0].New.GetString().ShouldBe("新");
        var request = mine.Items[0];
        (request.Kind, request.Method, request.Path, request.StatusCode, request.IpAddress).ShouldBe((AuditTrailKind.Request, "POST", "/api/probe", 200, "10.1.2.3"));

        (await ListAsync(client, $"userId={user}&kind=request")).Items.Select(i => i.Id).ShouldBe([records.Request.Id]);
        (await ListAsync(client, $"userId={user}&kind=Change")).TotalCount.ShouldBe(2);
        (await ListAsync(client, $"entityType={records.Type}&entityKey=k1")).Items.Select(i => i.Id).ShouldBe([records.OtherUser.Id, records.Created.Id]);
        (await ListAsync(client, $"entityType={records.Type}")).TotalCount.ShouldBe(3);
        var window = await ListAsync(client, $"userId={user}&from={Instant(now.AddMinutes(-90))}&to={Instant(now.AddMinutes(-20))}");
        window.Items.Select(i => i.Id).ShouldBe([records.Request.Id, records.Renamed.Id]);
        (await ListAsync(client, $"correlationId={records.Correlation}")).Items.Select(i => i.Id).ShouldBe([records.Request.Id, records.Renamed.Id]);
    }

    [Fact]
    public async Task Pages_are_sorted_from_a_whitelist_and_count_the_whole_list()
    {
        var (user, records) = await _api.ArrangeAsync();
        var client = _api.Auditor(Guid.NewGuid());

        var first = await ListAsync(client, $"userId={user}&sort=at&take=2");
        first.TotalCount.ShouldBe(3);
        first.Items.Select(i => i.Id).ShouldBe([records.Created.Id, records.Renamed.Id]);
        var second = await ListAsync(client, $"userId={user}&sort=at&take=2&skip=2");
        second.TotalCount.ShouldBe(3);
        second.Items.Select(i => i.Id).ShouldBe([records.Request.Id]);
        (await ListAsync(client, $"userId={user}&sort=kind,-at")).Items.Select(i => i.Kind).ShouldBe([AuditTrailKind.Change, AuditTrailKind.Change, AuditTrailKind.Request]);

        await _api.SealAsync();
        var sealedItems = (await ListAsync(client, $"userId={user}&sort=-sequence")).Items;
        sealedItems.ShouldAllBe(i => i.ChainSequence != null);
        sealedItems.Select(i => i.ChainSequence).ShouldBeInOrder(SortDirection.Descending);
    }

    [Theory]
    [InlineData("userId=not-a-guid", "userId")]
    [InlineData("from=yesterday", "from")]
    [InlineData("kind=deletion", "kind")]
    [InlineData("from=2026-03-16T00:00:00Z&to=2026-03-15T00:00:00Z", "to")]
    [InlineData("take=0", "take")]
    [InlineData("take=1001", "take")]
    [InlineData("sort=ipAddress", "sort")]
    [InlineData("skip=-1", "skip")]
    public async Task A_bad_filter_is_a_400_naming_the_field(string query, string field)
    {
        var response = await _api.Auditor(Guid.NewGuid()).GetAsync($"/api/oversight/audit-trail?{query}");
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, field);
    }

    [Fact]
    public async Task A_too_long_entity_type_is_a_400_naming_it()
    {
        var response = await _api.Auditor(Guid.NewGuid()).GetAsync($"/api/oversight/audit-trail?entityType={new string('x', 201)}");
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "entityType");
    }

    [Theory]
    [InlineData(StandardRoles.DistrictRegulator, "DistrictRegulator::310115")]
    [InlineData(StandardRoles.EnterpriseAdmin, "Enterprise:6c0f8f1e-5d7e-4c57-9b1a-1d2e3f4a5b6c")]
    [InlineData(StandardRoles.Auditor, "Auditor")]
    public async Task Roles_without_the_audit_trail_permission_are_refused(string role, string scope)
    {
        var client = _api.AsRole(role, scope);
        await (await client.GetAsync("/api/oversight/audit-trail")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/oversight/audit-trail/export?format=csv")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostAsync("/api/oversight/audit-trail/verification", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Municipal_regulators_and_platform_administrators_hold_the_permission_by_default()
    {
        (await _api.AsRole(StandardRoles.MunicipalRegulator, "MunicipalRegulator").GetAsync("/api/oversight/audit-trail?take=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.AsRole(StandardRoles.PlatformAdmin, "Platform").GetAsync("/api/oversight/audit-trail?take=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    internal static async Task<PagedResult<AuditTrailItemDto>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/oversight/audit-trail?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PagedResult<AuditTrailItemDto>>(Json.Options))!;
    }
}
