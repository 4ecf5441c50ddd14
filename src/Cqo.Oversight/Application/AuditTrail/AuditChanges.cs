using System.Text;
using System.Text.Json;
using Cqo.Oversight.Contracts;

namespace Cqo.Oversight.Application.AuditTrail;

/// <summary>The stored changes (<c>{"Name": [old, new], …}</c>) as a list, and as lines a person reads.</summary>
internal static class AuditChanges
{
    private static readonly JsonElement s_null = JsonDocument.Parse("null").RootElement.Clone();

    public static IReadOnlyList<AuditPropertyChangeDto> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return [.. document.RootElement.EnumerateObject().Select(p => p.Value is { ValueKind: JsonValueKind.Array } pair && pair.GetArrayLength() == 2
                ? new AuditPropertyChangeDto(p.Name, pair[0].Clone(), pair[1].Clone())
                : new AuditPropertyChangeDto(p.Name, s_null, p.Value.Clone()))];
        }
        catch (JsonException)
        {
            return []; // written by the platform, so never expected; a changed row is the chain's to report
        }
    }

    /// <summary>One line per property: <c>Name: old → new</c>, strings without quotes, nothing for null.</summary>
    public static string Describe(IReadOnlyList<AuditPropertyChangeDto> changes)
    {
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(change.Property).Append(": ").Append(Value(change.Old)).Append(" → ").Append(Value(change.New));
        }

        return text.ToString();
    }

    public static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };
}
