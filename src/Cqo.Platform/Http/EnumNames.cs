using Cqo.SharedKernel.Errors;

namespace Cqo.Platform.Http;

/// <summary>
/// Reads an enum from a query string by its declared name only. ASP.NET's binding would also take
/// numbers (<c>kind=7</c>), which name no member and which clients should never depend on.
/// </summary>
public static class EnumNames
{
    public static TEnum? ParseQuery<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is null
            ? throw new FieldValidationException(field, new ErrorMessage("Error:FieldOneOf", field, string.Join(", ", Enum.GetNames<TEnum>())))
            : Enum.Parse<TEnum>(name);
    }

    /// <summary>A comma-separated list of names (<c>status=Submitted,UnderReview</c>); each unknown one is a 400 naming the field.</summary>
    public static IReadOnlyList<TEnum> ParseQueryList<TEnum>(string? value, string field)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => ParseQuery<TEnum>(v, field)!.Value)];
}
