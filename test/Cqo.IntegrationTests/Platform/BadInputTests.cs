using System.Net;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts;

namespace Cqo.IntegrationTests.Platform;

/// <summary>Client mistakes get a 400 problem naming the field, never a 500.</summary>
[Collection(HostCollection.Name)]
public sealed class BadInputTests(CqoApp app)
{
    private HttpClient Manager => app.CreateClientAs(Guid.NewGuid(), ReferencePermissions.Manage);

    [Theory]
    [InlineData("take=100000", "take")]
    [InlineData("take=0", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("take=abc", "take")]
    [InlineData("sort=passwordHash", "sort")]
    [InlineData("kind=Galactic", "kind")]
    [InlineData("kind=1", "kind")]
    [InlineData("take=99999999999", "take")]
    [InlineData("search=%00", "search")]
    [InlineData("districtCode=a%01b", "districtCode")]
    public async Task Bad_paging_and_filter_values_name_the_parameter(string query, string field)
    {
        var response = await app.CreateClient().GetAsync($"/api/reference/regulator-units?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, fields: field);
    }

    [Fact]
    public async Task Malformed_json_names_the_body()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("{\"code\": \"X1\", \"nameZh\": "));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_body", "body");
    }

    [Fact]
    public async Task Missing_body_names_the_body()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json(""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_body", "body");
    }

    [Fact]
    public async Task A_json_array_instead_of_an_object_names_the_body()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("[]"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "malformed_body", "body");
    }

    [Fact]
    public async Task A_missing_required_query_parameter_is_named()
    {
        var response = await Manager.DeleteAsync($"/api/reference/regulator-units/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "concurrencyStamp");
    }

    [Fact]
    public async Task A_missing_enum_is_reported_not_taken_as_the_first_member()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"X7","nameZh":"测试","nameEn":"Test"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "kind");
    }

    [Fact]
    public async Task Control_characters_in_body_text_are_refused_by_name_on_every_provider()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"X8","nameZh":"a\u0000b","nameEn":"Test","kind":"Special"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "nameZh");
    }

    [Fact]
    public async Task Unknown_enum_value_names_the_field()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"X2","nameZh":"测试","nameEn":"Test","kind":"Galactic"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_value", "kind");
    }

    [Fact]
    public async Task Enum_given_as_a_number_is_refused()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"X3","nameZh":"测试","nameEn":"Test","kind":7}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_value", "kind");
    }

    [Fact]
    public async Task Unknown_field_names_the_field()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"X4","nameZh":"测试","nameEn":"Test","kind":"Special","colour":"red"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_value", "colour");
    }

    [Fact]
    public async Task Over_long_string_names_the_field_and_stores_nothing()
    {
        var name = new string('质', ReferenceLimits.NameZhMaxLength + 1);

        var response = await Manager.PostAsync("/api/reference/regulator-units", Json($$"""{"code":"X5","nameZh":"{{name}}","nameEn":"Test","kind":"Special"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "nameZh");
        (await app.CreateClient().GetStringAsync("/api/reference/regulator-units?search=X5")).ShouldContain("\"totalCount\":0");
    }

    [Fact]
    public async Task Every_rule_that_fails_is_reported_at_once()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", Json("""{"code":"bad code","nameZh":"","nameEn":"","kind":"District"}"""));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "code", "nameZh", "nameEn", "districtCode");
    }

    [Fact]
    public async Task Wrong_content_type_is_415_not_500()
    {
        var response = await Manager.PostAsync("/api/reference/regulator-units", new StringContent("code=X6", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
