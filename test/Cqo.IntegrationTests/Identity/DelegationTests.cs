using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class DelegationTests(CqoApp app)
{
    [Fact]
    public async Task A_delegated_manager_grants_only_what_it_holds_and_never_changes_roles()
    {
        var uscc = IdentityApi.NewUscc();
        var userId = await IdentityApi.RegisterAsync(app, $"deleg-{Guid.NewGuid():N}"[..16], uscc);
        var enterprise = (await IdentityApi.GetUserAsync(app, userId)).Scope.OrganisationId!.Value;
        var manager = app.CreateClientAs(userId, IdentityPermissions.Users, IdentityPermissions.Roles, IdentityPermissions.RolesManage);
        manager.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, $"Enterprise:{enterprise}");
        var roles = await IdentityApi.Admin(app).GetFromJsonAsync<List<RoleDto>>("/api/identity/roles", Json.Options);
        var officer = roles!.Single(r => r.Name == "Officer");

        var roleChange = await manager.PutAsJsonAsync($"/api/identity/roles/{officer.Id}/permissions", new { permissions = new[] { IdentityPermissions.Users } }, Json.Options);
        var selfPromotion = await manager.PutAsJsonAsync($"/api/identity/users/{userId}/permissions", new { permissions = new[] { IdentityPermissions.SecurityLog } }, Json.Options);
        var heldOnly = await manager.PutAsJsonAsync($"/api/identity/users/{userId}/permissions", new { permissions = new[] { IdentityPermissions.Users } }, Json.Options);

        await roleChange.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "permissions");
        await selfPromotion.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "permissions");
        heldOnly.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_client_with_an_unknown_permission_is_refused_and_nothing_is_created()
    {
        var clientId = $"bad-{Guid.NewGuid():N}"[..20];
        var response = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/clients", new
        {
            clientId,
            displayName = "未知权限",
            scope = new { kind = "MunicipalRegulator" },
            permissions = new[] { "No.Such.Permission" },
        }, Json.Options);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "permissions");
        var clients = await IdentityApi.Admin(app).GetFromJsonAsync<PagedResult<ClientDto>>($"/api/identity/clients?search={clientId}", Json.Options);
        clients!.TotalCount.ShouldBe(0);
    }
}
