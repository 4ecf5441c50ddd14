using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cqo.Oversight.Domain;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>
/// The canonical text a snapshot's hash covers: a header line (sequence, granularity, period, its
/// days, when it was taken in UTC ticks, the previous hash) and one line per value
/// (<c>figure|dimension|code|value|p90</c>, empty for null, decimals invariant without trailing
/// zeros), sorted ordinally, each ending in a line feed; UTF-8, SHA-256, lowercase hex.
/// </summary>
internal static class SnapshotHash
{
    public static string Of(Snapshot snapshot, long sequence, string? previousHash, IEnumerable<SnapshotValue> values) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(snapshot, sequence, previousHash, values))));

    public static string Canonical(Snapshot snapshot, long sequence, string? previousHash, IEnumerable<SnapshotValue> values)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{sequence}|{snapshot.Granularity}|{snapshot.PeriodKey}|{snapshot.From:yyyy-MM-dd}|{snapshot.To:yyyy-MM-dd}|{snapshot.TakenAt.UtcTicks}|{previousHash}\n");
        foreach (var line in values.Select(Line).Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Line(SnapshotValue value) => $"{value.Figure}|{value.Dimension}|{value.Code}|{Number(value.Value)}|{Number(value.P90)}";

    private static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "";
}
