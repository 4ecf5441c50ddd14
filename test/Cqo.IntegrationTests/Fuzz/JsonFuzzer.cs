using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cqo.IntegrationTests.Fuzz;

/// <summary>
/// Makes request bodies from an operation's OpenAPI schema: mostly well-formed with some fields
/// plausible and others nasty (<see cref="NastyValues"/>), sometimes not the schema's shape at all
/// (another JSON type, nesting past any depth limit, broken or huge text). Deterministic per seed.
/// </summary>
internal sealed class JsonFuzzer(JsonElement components, Random random)
{
    public string Body(JsonElement? schema)
    {
        return random.Next(20) switch
        {
            0 => Deep(random.Next(2) == 0 ? 40 : 5000),
            1 => new[] { "[]", "null", "\"text\"", "42", "true", "{}" }[random.Next(6)],
            2 => Broken(),
            3 => Huge(),
            _ => (schema is { } s ? Value(s, 0) : new JsonObject())?.ToJsonString() ?? "null",
        };
    }

    public string QueryValue() => random.Next(3) switch
    {
        0 => Pick(NastyValues.Strings),
        1 => Convert.ToString(Pick(NastyValues.Numbers), CultureInfo.InvariantCulture)!,
        _ => NastyValues.Long(random, random.Next(1, 3000)),
    };

    private JsonNode? Value(JsonElement schema, int depth)
    {
        schema = Resolve(schema);
        if (random.Next(8) == 0 || depth > 6)
        {
            return Nasty();
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
        {
            return Value(oneOf[random.Next(oneOf.GetArrayLength())], depth);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return random.Next(4) == 0 ? Nasty() : JsonNode.Parse(values[random.Next(values.GetArrayLength())].GetRawText());
        }

        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth),
            "array" => Array(schema, depth),
            "string" => Format(schema),
            "integer" => random.Next(3) == 0 ? JsonValue.Create(Pick(NastyValues.Numbers).ToString()) : JsonValue.Create(random.Next(-5, 200)),
            "number" => JsonValue.Create(random.Next(3) == 0 ? random.NextDouble() * 1e12 : random.Next(0, 100)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "null" => null,
            _ => Nasty(),
        };
    }

    private JsonObject Object(JsonElement schema, int depth)
    {
        var node = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject().Where(_ => random.Next(10) < 8))
            {
                node[property.Name] = Value(property.Value, depth + 1);
            }
        }

        if (random.Next(10) == 0)
        {
            node[Pick(["__proto__", "constructor", "unknownField", "id", "$type"])] = Nasty();
        }

        return node;
    }

    private JsonArray Array(JsonElement schema, int depth)
    {
        // A long array holds plain values: long arrays of nested ones would only measure the test's memory.
        var count = random.Next(12) == 0 ? random.Next(1000, 20_000) : random.Next(0, 4);
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(count <= 4 && schema.TryGetProperty("items", out var items) ? Value(items, depth + 1) : Nasty());
        }

        return array;
    }

    private JsonNode? Format(JsonElement schema)
    {
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return random.Next(3) switch
        {
            0 => Nasty(),
            1 when format == "uuid" => JsonValue.Create(RandomGuid().ToString()),
            1 when format == "date" => JsonValue.Create($"{random.Next(1900, 2100)}-{random.Next(1, 13):00}-{random.Next(1, 29):00}"),
            1 when format == "date-time" => JsonValue.Create(DateTimeOffset.UnixEpoch.AddSeconds(random.NextInt64(0, 5_000_000_000)).ToString("O")),
            _ => JsonValue.Create(random.Next(40) == 0 ? NastyValues.Long(random, random.Next(100_000, 1_000_000)) : NastyValues.Long(random, random.Next(1, 80))),
        };
    }

    private JsonNode? Nasty() => random.Next(6) switch
    {
        0 => JsonValue.Create(Pick(NastyValues.Numbers).ToString()),
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => null,
        3 => new JsonArray(JsonValue.Create(Pick(NastyValues.Strings))),
        4 => new JsonObject { ["x"] = Pick(NastyValues.Strings) },
        _ => JsonValue.Create(Pick(NastyValues.Strings)),
    };

    private string Deep(int depth)
    {
        var text = new StringBuilder(depth * 6 + 2);
        for (var i = 0; i < depth; i++)
        {
            text.Append(random.Next(2) == 0 ? "[" : "{\"a\":");
        }

        text.Append('1');
        return text.ToString(); // left open on purpose: also unbalanced
    }

    private string Broken()
    {
        var text = "{\"name\":\"质量\",\"items\":[1,2,{\"x\":\"y\"}],\"n\":12}";
        return random.Next(3) switch
        {
            0 => text[..random.Next(1, text.Length)],
            1 => text.Replace(',', ';'),
            _ => "\uFEFF{\"a\":\"\\ud800\",\"b\":\"\\u00\"}",
        };
    }

    private string Huge() => new JsonObject { ["name"] = NastyValues.Long(random, 1_000_000) }.ToJsonString();

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? components.GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    private string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array ? type[random.Next(type.GetArrayLength())].GetString() : type.GetString();
    }

    private Guid RandomGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];
}
