using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cqo.Notifications.Contracts;

namespace Cqo.Benchmarks.Notifications;

/// <summary>The rules API as the platform administrator calls it: read the certificate-expiry rule, run it now.</summary>
internal sealed class RuleClient : IDisposable
{
    /// <summary>The seeded rule (<c>CertificateExpiryReminders.Defaults</c>).</summary>
    public const string RuleKey = "certificate-expiry";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;

    public RuleClient(Uri host, string accessToken)
    {
        // A run over millions of certificates answers when it is done: no client time-out of its own.
        _http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromHours(1) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    public async Task<ReminderRuleDto> RuleAsync(CancellationToken cancellationToken)
    {
        var rules = await _http.GetFromJsonAsync<List<ReminderRuleDto>>("/api/notifications/rules", s_json, cancellationToken) ?? [];
        return rules.SingleOrDefault(r => r.Key == RuleKey)
            ?? throw new BenchmarkFailedException($"The host seeded no '{RuleKey}' rule; it has {string.Join(", ", rules.Select(r => r.Key))}.");
    }

    /// <summary><c>POST /api/notifications/rules/{id}/run</c>: the rule runs in the request; returns what it recorded and how long the request took.</summary>
    public async Task<(int Recorded, TimeSpan Elapsed)> RunAsync(Guid ruleId, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.PostAsync($"/api/notifications/rules/{ruleId}/run", content: null, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = watch.Elapsed;
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"POST /api/notifications/rules/{ruleId}/run answered {(int)response.StatusCode}: {body}");
        }

        using var answer = JsonDocument.Parse(body);
        return (answer.RootElement.GetProperty("recorded").GetInt32(), elapsed);
    }

    public void Dispose() => _http.Dispose();
}
