using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class ClientCredentialsTests(CqoApp app)
{
    [Fact]
    public async Task An_enterprise_integration_client_reads_its_own_enterprise_and_gets_404_for_another()
    {
        var userA = await IdentityApi.RegisterAsync(app, $"hr-a-{Guid.NewGuid():N}"[..20], IdentityApi.NewUscc());
        var userB = await IdentityApi.RegisterAsync(app, $"hr-b-{Guid.NewGuid():N}"[..20], IdentityApi.NewUscc());
        var enterpriseA = (await IdentityApi.GetUserAsync(app, userA)).Scope.OrganisationId!.Value;
        var enterpriseB = (await IdentityApi.GetUserAsync(app, userB)).Scope.OrganisationId!.Value;

        var clientId = $"hr-{Guid.NewGuid():N}"[..24];
        var created = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/clients", new
        {
            clientId,
            displayName = "企业A人事系统",
            scope = new { kind = "Enterprise", organisationId = enterpriseA },
            permissions = new[] { IdentityPermissions.Users, IdentityPermissions.Organisations },
        }, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = (await created.Content.ReadFromJsonAsync<ClientSecretDto>(Json.Options))!;

        var hr = await ClientWithTokenAsync(secret);

        (await hr.GetAsync($"/api/identity/organisations/{enterpriseA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await hr.GetAsync($"/api/identity/users/{userA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await hr.GetAsync($"/api/identity/organisations/{enterpriseB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await hr.GetAsync($"/api/identity/users/{userB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        var listed = await hr.GetFromJsonAsync<PagedResult<UserDto>>("/api/identity/users?take=1000", Json.Options);
        listed!.Items.ShouldAllBe(u => u.Scope.OrganisationId == enterpriseA);
        listed.Items.ShouldContain(u => u.Id == userA);

        // Granted reading only: changing accounts is forbidden, not hidden.
        await (await hr.PostAsync($"/api/identity/users/{userA}/lock", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var me = await hr.GetFromJsonAsync<MeDto>("/api/me", Json.Options);
        me!.ClientId.ShouldBe(clientId);
        me.Scope.OrganisationId.ShouldBe(enterpriseA);
        me.Permissions.ShouldBe([IdentityPermissions.Organisations, IdentityPermissions.Users], ignoreOrder: true);
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one()
    {
        var clientId = $"erp-{Guid.NewGuid():N}"[..24];
        var created = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/clients", new
        {
            clientId,
            displayName = "市局数据交换",
            scope = new { kind = "MunicipalRegulator" },
            permissions = Array.Empty<string>(),
        }, Json.Options);
        var first = (await created.Content.ReadFromJsonAsync<ClientSecretDto>(Json.Options))!;
        var clients = await IdentityApi.Admin(app).GetFromJsonAsync<PagedResult<ClientDto>>($"/api/identity/clients?search={clientId}", Json.Options);

        var rotated = await IdentityApi.Admin(app).PostAsync($"/api/identity/clients/{clients!.Items.Single().Id}/rotate-secret", null);
        var second = (await rotated.Content.ReadFromJsonAsync<ClientSecretDto>(Json.Options))!;

        second.ClientSecret.ShouldNotBe(first.ClientSecret);
        (await RequestTokenAsync(first)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await RequestTokenAsync(second)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token_and_api_calls_without_a_token_get_401()
    {
        var response = await RequestTokenAsync(new ClientSecretDto("no-such-client", "x"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        (await app.CreateClient().GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpClient> ClientWithTokenAsync(ClientSecretDto secret)
    {
        var response = await RequestTokenAsync(secret);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private Task<HttpResponseMessage> RequestTokenAsync(ClientSecretDto secret) =>
        app.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = secret.ClientId,
            ["client_secret"] = secret.ClientSecret,
            ["scope"] = "api",
        }));
}
