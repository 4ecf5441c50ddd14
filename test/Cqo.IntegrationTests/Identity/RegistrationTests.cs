using System.Net;
using System.Net.Http.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class RegistrationTests(CqoApp app)
{
    private const string Password = "Passw0rd-long";

    [Fact]
    public async Task A_self_registered_administrator_waits_for_the_district_regulator_of_the_enterprise()
    {
        var userName = $"reg-{Guid.NewGuid():N}"[..16];
        var userId = await IdentityApi.RegisterAsync(app, userName, IdentityApi.NewUscc(), Password);
        (await new BrowserSession(app).SignInAsync(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "pending accounts cannot sign in");

        var otherDistrict = Regulator("310104");
        await (await otherDistrict.PostAsync($"/api/identity/registrations/{userId}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var pudong = Regulator("310115");
        var pending = await pudong.GetFromJsonAsync<SharedKernel.Paging.PagedResult<UserDto>>("/api/identity/registrations?take=1000", Json.Options);
        pending!.Items.ShouldContain(u => u.Id == userId);

        (await pudong.PostAsync($"/api/identity/registrations/{userId}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await new BrowserSession(app).SignInAsync(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IdentityApi.GetUserAsync(app, userId)).Roles.ShouldBe([SharedKernel.Security.StandardRoles.EnterpriseAdmin]);
    }

    [Fact]
    public async Task The_enterprise_s_approved_administrator_approves_a_colleague_and_only_for_that_enterprise()
    {
        var uscc = IdentityApi.NewUscc();
        var firstName = $"first-{Guid.NewGuid():N}"[..16];
        var first = await IdentityApi.RegisterAsync(app, firstName, uscc, Password);
        (await Regulator("310115").PostAsync($"/api/identity/registrations/{first}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var enterprise = (await IdentityApi.GetUserAsync(app, first)).Scope.OrganisationId!.Value;
        var colleague = await IdentityApi.RegisterAsync(app, $"second-{Guid.NewGuid():N}"[..16], uscc, Password);
        var stranger = await IdentityApi.RegisterAsync(app, $"other-{Guid.NewGuid():N}"[..16], IdentityApi.NewUscc(), Password);
        (await IdentityApi.GetUserAsync(app, colleague)).Scope.OrganisationId.ShouldBe(enterprise, "the same USCC joins the same enterprise");

        // Signed in for real: the EnterpriseAdmin role's default grants and the account's own scope.
        var firstAdmin = OAuthFlow.Api(app, await OAuthFlow.SignInAsync(app, firstName, Password));

        await (await firstAdmin.PostAsync($"/api/identity/registrations/{stranger}/approve", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        (await firstAdmin.PostAsync($"/api/identity/registrations/{colleague}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IdentityApi.GetUserAsync(app, colleague)).Approval.ShouldBe(ApprovalStatus.Approved);
        (await IdentityApi.GetUserAsync(app, stranger)).Approval.ShouldBe(ApprovalStatus.Pending);
    }

    [Fact]
    public async Task A_refused_registration_leaves_no_enterprise_behind()
    {
        var uscc = IdentityApi.NewUscc();
        var weak = await app.CreateClient().PostAsJsonAsync("/api/identity/registrations", new
        {
            userName = $"weak-{Guid.NewGuid():N}"[..16],
            displayName = "弱密码",
            email = "weak@example.cn",
            password = "weakpassword",
            enterpriseName = "第一次填写的名称",
            uscc,
            districtCode = "310115",
        }, Json.Options);
        await weak.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "password");

        var organisations = await IdentityApi.Admin(app).GetFromJsonAsync<SharedKernel.Paging.PagedResult<OrganisationDto>>($"/api/identity/organisations?search={uscc}", Json.Options);

        organisations!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_registration_with_a_broken_uscc_names_the_field_and_the_rule()
    {
        var response = await app.CreateClient("en").PostAsJsonAsync("/api/identity/registrations", new
        {
            userName = "broken-uscc",
            displayName = "校验位错误",
            email = "broken@example.cn",
            password = Password,
            enterpriseName = "某企业",
            uscc = "91310110666007217A",
            districtCode = "310115",
        }, Json.Options);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "uscc");
        problem.GetProperty("errors").GetProperty("uscc")[0].GetString()!.ShouldContain("check character");
    }

    private HttpClient Regulator(string jurisdiction)
    {
        var client = app.CreateClientAs(Guid.NewGuid(), IdentityPermissions.Registrations);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, $"DistrictRegulator::{jurisdiction}");
        return client;
    }
}
