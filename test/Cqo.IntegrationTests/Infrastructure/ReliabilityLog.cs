using System.Text.Json;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// The figures of a passed reliability test (matrix, fuzzing, faults), one JSON file each in
/// <c>CQO_RELIABILITY_DIR</c>, which <c>build.ps1 test</c> sets and renders into <c>docs/reliability.md</c>.
/// Recorded after the assertions, so a row in the document is a scenario that held.
/// </summary>
internal static class ReliabilityLog
{
    public static void Record(string section, string scenario, string outcome, IReadOnlyDictionary<string, object> figures)
    {
        var folder = Environment.GetEnvironmentVariable("CQO_RELIABILITY_DIR");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var provider = TestDatabase.ConfiguredProvider.ToString();
        var entry = new { section, scenario, provider, outcome, figures, recordedAt = DateTimeOffset.UtcNow };
        File.WriteAllText(Path.Combine(folder, $"{provider}-{Guid.NewGuid():N}.json"), JsonSerializer.Serialize(entry, s_json));
    }

    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
