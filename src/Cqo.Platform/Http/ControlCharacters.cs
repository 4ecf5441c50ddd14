using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Cqo.SharedKernel.Errors;

namespace Cqo.Platform.Http;

/// <summary>
/// C0 control characters other than tab and line breaks have no place in any field; PostgreSQL
/// refuses NUL outright, so letting one through would turn a client's mistake into a 500.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>Beyond the JSON reader's own depth limit (32), so nothing it accepts is left unchecked.</summary>
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    public static bool In(string? value) =>
        value is not null && value.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r');

    public static ErrorMessage Message(string field) => new("Error:ControlCharacters", field);

    /// <summary>The JSON paths (<c>name</c>, <c>staff[2].name</c>) of every text in a request that holds one.</summary>
    public static IEnumerable<string> FieldsIn(object? value, string path = "", int depth = 0)
    {
        if (value is null || depth > MaxDepth || IsScalar(value.GetType()))
        {
            return [];
        }

        return value switch
        {
            string text => In(text) ? [path] : [],
            IDictionary map => Entries(map).SelectMany(e => FieldsIn(e.Value, Join(path, $"{e.Key}"), depth + 1)),
            IEnumerable items => items.Cast<object?>().SelectMany((item, i) => FieldsIn(item, $"{path}[{i}]", depth + 1)),
            _ => s_properties.GetOrAdd(value.GetType(), ReadableProperties)
                .SelectMany(p => FieldsIn(p.GetValue(value), Join(path, FieldNames.Of(p.Name)), depth + 1)),
        };
    }

    /// <summary>A dictionary's enumerator yields KeyValuePairs; only its IDictionaryEnumerator gives entries.</summary>
    private static IEnumerable<DictionaryEntry> Entries(IDictionary map)
    {
        var entries = map.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly)
        || type == typeof(TimeOnly) || type == typeof(TimeSpan);

    private static PropertyInfo[] ReadableProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)];
}
