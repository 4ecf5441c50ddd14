using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.Identity.Contracts;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Faults;

/// <summary>Host processes on an in-process arranger's database, and integration clients signed in to them.</summary>
internal static class ChildHosts
{
    /// <summary>A municipal integration client holding <paramref name="permissions"/>, made through the admin API.</summary>
    public static async Task<ClientSecretDto> MunicipalClientAsync(CqoApp app, params string[] permissions)
    {
        var created = await IdentityApi.Admin(app).PostAsJsonAsync("/api/identity/clients", new
        {
            clientId = $"municipal-{Guid.NewGuid():N}"[..24],
            displayName = "市局业务系统",
            scope = new { kind = "MunicipalRegulator" },
            permissions,
        }, Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<ClientSecretDto>(Json.Options))!;
    }

    /// <summary>A client of the host process with a bearer token of its own for <paramref name="secret"/>.</summary>
    public static async Task<HttpClient> BearerClientAsync(HostProcess host, ClientSecretDto secret)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.Url), Timeout = TimeSpan.FromSeconds(30) };
        var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = secret.ClientId,
            ["client_secret"] = secret.ClientSecret,
            ["scope"] = "api",
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A host process on the arranger's database; <paramref name="jobs"/> decides whether it runs background jobs.</summary>
    public static Dictionary<string, string> Settings(CqoApp arranger, bool jobs = false) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Cqo"] = arranger.Database.ConnectionString,
        ["Database:MigrateOnStart"] = "false",
        ["Database:SeedDemoData"] = "false",
        ["Jobs:Server"] = jobs ? "true" : "false",
        ["Jobs:QueuePollSeconds"] = "1",
        ["Identity:AdminPassword"] = CqoApp.AdminPassword,
        ["Identity:RequireHttps"] = "false",
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };
}
