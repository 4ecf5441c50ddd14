using System.Text.Json;

namespace Cqo.Platform.Http;

/// <summary>A member name as clients see the field in JSON and in <c>errors</c>: camelCase.</summary>
internal static class FieldNames
{
    public static string Of(string memberName) => JsonNamingPolicy.CamelCase.ConvertName(memberName);
}
