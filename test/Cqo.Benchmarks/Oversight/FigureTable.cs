using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cqo.Benchmarks.Oversight;

/// <summary>
/// A figure's table reduced to its numbers, for comparing the host's answer with the raw SQL's: per row (the
/// dimension's code, <see cref="Unknown"/> for "not known", <see cref="Total"/>) and period key, the value and, for a
/// distribution, the 90th percentile. A missing cell, a null and a zero compare equal (the host lists a zero where the
/// raw SQL has no group, and a distribution has no value without events).
/// </summary>
internal sealed class FigureTable
{
    public const string Total = "(total)";
    public const string Unknown = "(unknown)";

    private readonly Dictionary<(string Row, string Period), (decimal Value, decimal P90)> _cells = [];

    public int Rows => _cells.Keys.Select(k => k.Row).Distinct().Count();

    public void Set(string? row, string period, decimal? value, decimal? p90 = null) =>
        _cells[(row ?? Unknown, period)] = (value ?? 0, p90 ?? 0);

    /// <summary>Reads the host's <c>FigureTableDto</c> JSON.</summary>
    public static FigureTable FromHost(JsonElement table)
    {
        var result = new FigureTable();
        var periods = table.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToList();
        var rows = table.GetProperty("rows").EnumerateArray().Select(r => (Row: r, Total: false)).Append((table.GetProperty("total"), true));
        foreach (var (row, isTotal) in rows)
        {
            var code = isTotal ? Total : row.GetProperty("code").GetString();
            var values = row.GetProperty("values").EnumerateArray().Select(Decimal).ToList();
            var p90 = row.TryGetProperty("p90", out var p) && p.ValueKind == JsonValueKind.Array ? [.. p.EnumerateArray().Select(Decimal)] : new List<decimal?>();
            for (var i = 0; i < periods.Count; i++)
            {
                result.Set(code, periods[i], values[i], p90.Count > i ? p90[i] : null);
            }
        }

        return result;
    }

    /// <summary>The same table reduced to one period.</summary>
    public FigureTable Only(string period)
    {
        var result = new FigureTable();
        foreach (var ((row, key), (value, p90)) in _cells.Where(c => c.Key.Period == period))
        {
            result._cells[(row, key)] = (value, p90);
        }

        return result;
    }

    /// <summary>Empty when both tables hold the same numbers; otherwise the first differences, for the failure message.</summary>
    public string Differences(FigureTable other)
    {
        var text = new StringBuilder();
        var differing = 0;
        foreach (var key in _cells.Keys.Union(other._cells.Keys).OrderBy(k => k.Row, StringComparer.Ordinal).ThenBy(k => k.Period, StringComparer.Ordinal))
        {
            var mine = _cells.GetValueOrDefault(key);
            var theirs = other._cells.GetValueOrDefault(key);
            if (mine != theirs && ++differing <= 5)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{key.Row} {key.Period}: {mine.Value}/{mine.P90} vs {theirs.Value}/{theirs.P90}] ");
            }
        }

        return differing == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{differing} cells differ: {text}");
    }

    private static decimal? Decimal(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
}
