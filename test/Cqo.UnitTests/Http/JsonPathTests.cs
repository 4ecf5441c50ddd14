using Cqo.Platform.Http;

namespace Cqo.UnitTests.Http;

public sealed class JsonPathTests
{
    [Theory]
    [InlineData("$.kind", "kind")]
    [InlineData("$.items[0].name", "items[0].name")]
    [InlineData("$['odd name']", "['odd name']")]
    [InlineData("$", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Json_paths_become_field_names(string? path, string? field)
    {
        ProblemExceptionHandler.FieldFromJsonPath(path).ShouldBe(field);
    }
}
