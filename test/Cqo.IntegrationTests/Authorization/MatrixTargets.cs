using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.IntegrationTests.Authorization;

/// <summary>
/// What each route parameter names in the matrix: enterprise A's own records (made here through the
/// API by their real owners, or found in the demo data), so a row shows who reaches A's records and
/// who is kept out. Parameters naming nothing seeded get an id that exists nowhere.
/// </summary>
public sealed partial class MatrixTargets
{
    public static readonly Guid EnterpriseA = OrganisationIds.FromUscc("91310110666007217T");
    public static readonly Guid Provider = OrganisationIds.FromUscc("91330101589882738D");

    /// <summary>An id no record has: the row then shows who gets as far as looking.</summary>
    public static readonly Guid Nowhere = new("00000000-0000-0000-0000-00000000a404");

    // Route template prefix → parameter → value; the longest matching prefix wins.
    private readonly List<(string Prefix, string Parameter, string Value)> _values = [];

    public string Resolve(string template, string parameter) =>
        _values.Where(v => v.Parameter == parameter && template.StartsWith(v.Prefix, StringComparison.Ordinal))
            .OrderByDescending(v => v.Prefix.Length).Select(v => v.Value).FirstOrDefault()
        ?? Nowhere.ToString();

    /// <summary>The template with each route parameter replaced by its target, or by what <paramref name="replace"/> gives instead.</summary>
    public string PathOf(string template, Func<string, string?>? replace = null) =>
        RouteParameter().Replace(template, m => Uri.EscapeDataString(replace?.Invoke(m.Groups[1].Value) ?? Resolve(template, m.Groups[1].Value)));

    private void Add(string prefix, string parameter, object value) =>
        _values.Add((prefix, parameter, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));

    internal static async Task<MatrixTargets> SeedAsync(CqoApp app, IReadOnlyDictionary<string, HttpClient> callers)
    {
        var targets = new MatrixTargets();
        var (admin, entA, municipal, provider) = (callers["admin"], callers["entA"], callers["muni"], callers["prov"]);

        var member = await MatrixFixture.CreateUserAsync(admin, "enterprise-a-member", new { kind = "Enterprise", organisationId = EnterpriseA }, "EnterpriseAdmin");
        targets.Add("/api/identity/users/", "id", member);
        targets.Add("/api/identity/roles/", "id", First(await GetAsync(admin, "/api/identity/roles"), r => r.GetProperty("name").GetString() == "Officer"));
        targets.Add("/api/identity/clients/", "id", await ClientAsync(admin));
        targets.Add("/api/identity/registrations/{userId}/approve", "userId", await IdentityApi.RegisterAsync(app, "pending-approval", IdentityApi.NewUscc(), MatrixFixture.Password));
        targets.Add("/api/identity/registrations/{userId}/reject", "userId", await IdentityApi.RegisterAsync(app, "pending-rejection", IdentityApi.NewUscc(), MatrixFixture.Password));
        targets.Add("/api/identity/organisations/", "id", EnterpriseA);
        targets.Add("/api/reference/syllabus-versions/", "code", "v1");
        targets.Add("/api/reference/regulator-units/", "id", First(await GetAsync(admin, "/api/reference/regulator-units"), u => u.GetProperty("code").GetString() == "310115"));

        targets.Add("/api/registry/enterprises/", "id", EnterpriseA);
        var person = First(await GetAsync(entA, "/api/registry/people"));
        targets.Add("/api/registry/people/", "id", person);
        targets.Add("/api/registry/rule-sets/", "code", (await GetAsync(municipal, "/api/registry/rule-sets")).EnumerateArray().First().GetProperty("code").GetString()!);
        var filing = await ReadAsync(await entA.PostAsJsonAsync("/api/registry/filings", RegistryApi.NewFiling(person), Json.Options), HttpStatusCode.Created);
        targets.Add("/api/registry/filings/", "id", filing.GetProperty("id").GetGuid());
        targets.Add("/api/registry/imports/templates/", "kind", "people");
        targets.Add("/api/public/announcements/", "filingId", (await GetAsync(app.CreateClient(), "/api/public/announcements")).GetProperty("items")[0].GetProperty("filingId").GetGuid());

        targets.Add("/api/training/providers/", "id", Provider);
        targets.Add("/api/training/trainers/", "id", First(await GetAsync(provider, "/api/training/trainers")));
        var course = First(await GetAsync(provider, "/api/training/courses"));
        targets.Add("/api/training/courses/", "id", course);
        targets.Add("/api/certification/courses/", "courseId", course);
        var session = (await GetAsync(provider, $"/api/training/courses/{course}")).GetProperty("sessions")[0].GetProperty("id").GetGuid();
        targets.Add("/api/training/", "sessionId", session);
        var enrolled = await ReadAsync(await entA.PostAsJsonAsync($"/api/training/courses/{course}/enrolments/staff", new { personIds = new[] { person } }, Json.Options), HttpStatusCode.OK);
        targets.Add("/api/training/enrolments/", "id", enrolled.EnumerateArray().First().GetProperty("id").GetGuid());

        var certificate = await ReadAsync(await municipal.PostAsJsonAsync("/api/certification/certificates", new { personId = person, reason = "外省培训证书认定" }, Json.Options), HttpStatusCode.Created);
        targets.Add("/api/certification/certificates/", "id", certificate.GetProperty("certificate").GetProperty("id").GetGuid());
        targets.Add("/api/public/certificates/", "number", certificate.GetProperty("certificate").GetProperty("number").GetString()!);
        targets.Add("/api/public/credentials/status/", "purpose", "revocation");

        var rule = First(await GetAsync(admin, "/api/notifications/rules"));
        targets.Add("/api/notifications/", "ruleId", rule);
        targets.Add("/api/notifications/rules/", "id", rule);

        var figure = (await GetAsync(municipal, "/api/oversight/figures")).EnumerateArray().First().GetProperty("key").GetString()!;
        targets.Add("/api/oversight/figures/", "key", figure);
        targets.Add("/api/oversight/annual/", "year", 2025);
        return targets;
    }

    private static async Task<Guid> ClientAsync(HttpClient admin)
    {
        await ReadAsync(await admin.PostAsJsonAsync("/api/identity/clients", new
        {
            clientId = "enterprise-a-erp",
            displayName = "甲企业 ERP",
            scope = new { kind = "Enterprise", organisationId = EnterpriseA },
            permissions = Array.Empty<string>(),
        }, Json.Options), HttpStatusCode.Created);
        return First(await GetAsync(admin, "/api/identity/clients?search=enterprise-a-erp"));
    }

    private static async Task<JsonElement> GetAsync(HttpClient caller, string path) => await ReadAsync(await caller.GetAsync(path), HttpStatusCode.OK);

    private static Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => MatrixFixture.ReadAsync(response, expected);

    /// <summary>The id of the first item (of a page or an array) matching <paramref name="match"/>.</summary>
    private static Guid First(JsonElement list, Func<JsonElement, bool>? match = null)
    {
        var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items");
        return items.EnumerateArray().First(i => match?.Invoke(i) ?? true).GetProperty("id").GetGuid();
    }

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
