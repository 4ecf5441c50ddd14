using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;

namespace Cqo.IntegrationTests.Authorization;

[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixFixture>
{
    public const string Name = "authorization-matrix";
}

/// <summary>
/// A host of its own on the demo data, with one signed-in caller per column of the matrix. Each caller
/// holds a real bearer token from the authorization code flow, so permissions come from the roles'
/// grants in the database, as in production. The demo data has enterprise A (310115, 浦东) and its
/// administrator, officer, provider, trainer and regulators; enterprise B's administrator (310104, 徐汇)
/// registers and is approved, and the 徐汇 district regulator is created, here.
/// </summary>
public class MatrixFixture : IAsyncLifetime
{
    public const string Password = "Demo@2026cqo";

    public CqoApp App { get; } = new(new Dictionary<string, string>
    {
        ["Database:SeedDemoData"] = "true",
        // Rate limits have their own tests; here they would only cut the public rows short.
        ["RateLimiting:PublicPermitLimit"] = "1000000",
    });

    /// <summary>The matrix's columns, in the order every row calls them.</summary>
    public IReadOnlyList<(string Column, HttpClient Client)> Callers { get; private set; } = [];

    public MatrixTargets Targets { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        var admin = await SignInAsync("admin", CqoApp.AdminPassword);
        var enterpriseB = await ApprovedEnterpriseAdminAsync(admin, "enterprise-b", "310104");
        await CreateUserAsync(admin, "xuhui", new { kind = "DistrictRegulator", jurisdictionCode = "310104" }, "DistrictRegulator");
        var clients = new Dictionary<string, HttpClient>
        {
            ["anon"] = App.CreateClient(),
            ["entB"] = enterpriseB,
            ["distY"] = await SignInAsync("xuhui", Password),
            ["admin"] = admin,
        };
        foreach (var (column, userName) in s_demoColumns)
        {
            clients[column] = await SignInAsync(userName, Password);
        }

        Callers = [.. MatrixTable.Columns.Select(c => (c, clients[c]))];
        Targets = await MatrixTargets.SeedAsync(App, clients);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    private static readonly (string Column, string UserName)[] s_demoColumns =
    [
        ("offcr", "officer"), ("entA", "enterprise"), ("prov", "provider"), ("trnr", "trainer"),
        ("distX", "pudong"), ("muni", "municipal"), ("audit", "auditor"),
    ];

    private async Task<HttpClient> SignInAsync(string userName, string password) =>
        OAuthFlow.Api(App, await OAuthFlow.SignInAsync(App, userName, password));

    private async Task<HttpClient> ApprovedEnterpriseAdminAsync(HttpClient admin, string userName, string district)
    {
        var userId = await IdentityApi.RegisterAsync(App, userName, IdentityApi.NewUscc(), Password, district);
        await ReadAsync(await admin.PostAsync($"/api/identity/registrations/{userId}/approve", null), HttpStatusCode.NoContent);
        return await SignInAsync(userName, Password);
    }

    internal static async Task<Guid> CreateUserAsync(HttpClient admin, string userName, object scope, string role)
    {
        var created = await admin.PostAsJsonAsync("/api/identity/users", new
        {
            userName,
            displayName = $"矩阵用户 {userName}",
            email = $"{userName}@example.cn",
            password = Password,
            scope,
            roles = new[] { role },
        }, Json.Options);
        return (await ReadAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
