using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Contracts;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Oversight's callers: the municipal regulator (figures, records, targets), a district regulator (figures and records) and an auditor (figures only).</summary>
internal sealed class OversightApi(CqoApp app)
{
    public HttpClient Municipal() => As("MunicipalRegulator::310000", OversightPermissions.Statistics, OversightPermissions.Records, OversightPermissions.ManageTargets);

    public HttpClient District(string jurisdiction) => As($"DistrictRegulator::{jurisdiction}", OversightPermissions.Statistics, OversightPermissions.Records);

    public HttpClient Auditor() => As("Auditor", OversightPermissions.Statistics);

    public HttpClient As(string scope, params string[] permissions)
    {
        var client = app.CreateClientAs(Guid.NewGuid(), permissions);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, scope);
        return client;
    }

    public static async Task<FigureTableDto> FigureAsync(HttpClient caller, string key, string query)
    {
        var response = await caller.GetAsync($"/api/oversight/figures/{key}?{query}");
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return (await response.Content.ReadFromJsonAsync<FigureTableDto>(Json.Options))!;
    }
}

internal static class FigureTableAssertions
{
    /// <summary>The values of the row whose code is <paramref name="code"/> (the total when null), one per period.</summary>
    public static decimal?[] ValuesOf(this FigureTableDto table, string? code = null) =>
        [.. (code is null ? table.Total : table.Rows.Single(r => r.Code == code)).Values];
}
