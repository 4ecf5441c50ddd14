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
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    public static bool In(string? value) =>
        value is not null && value.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r');

    public static ErrorMessage Message(string field) => new("Error:ControlCharacters", field);

    /// <summary>The JSON paths (<c>name</c>, <c>staff[2].name</c>) of every text in a request that holds one.</summary>
    public static IEnumerable<string> FieldsIn(object? request, string path = "", int depth = 0)
    {
        switch (request)
        {
            case null:
                yield break;
            case string text:
                if (In(text))
                {
                    yield return path;
                }

                yield break;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var field in FieldsIn(item, $"{path}[{index++}]", depth + 1))
                    {
                        yield return field;
                    }
                }

                yield break;
        }

        if (depth >= MaxDepth || request.GetType().IsPrimitive || request.GetType().IsValueType)
        {
            yield break;
        }

        foreach (var property in s_properties.GetOrAdd(request.GetType(), ReadableProperties))
        {
            var name = FieldNames.Of(property.Name);
            foreach (var field in FieldsIn(property.GetValue(request), path.Length == 0 ? name : $"{path}.{name}", depth + 1))
            {
                yield return field;
            }
        }
    }

    private static PropertyInfo[] ReadableProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)];
}
