using System.Net;
using System.Text.Json.Nodes;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Before anything is timed: the host and the bare app must answer the same requests with the same JSON
/// (same rows, same order, same total), or the comparison would be of two different queries.
/// </summary>
internal static class ResultCheck
{
    private const int RequestsPerCase = 3;

    public static Task<int> SameAnswersAsync(
        SearchSubject host, SearchSubject bare, IReadOnlyList<SearchCase> cases, CancellationToken cancellationToken) =>
        SameAnswersAsync(
            cases.Select(searchCase => (host.ClientFor(searchCase), bare.ClientFor(searchCase), Draws(searchCase, host, bare))),
            cancellationToken);

    /// <summary>
    /// As above, for any pairs of clients: each request as the host's and the bare app's URL. A request
    /// <paramref name="expected"/> names as not found must be answered 404 by both, whatever the bodies say.
    /// </summary>
    public static async Task<int> SameAnswersAsync(
        IEnumerable<(HttpClient Host, HttpClient Bare, IEnumerable<(string Host, string Bare)> Urls)> cases, CancellationToken cancellationToken,
        Func<string, HttpStatusCode>? expected = null)
    {
        var compared = 0;
        foreach (var (hostClient, bareClient, urls) in cases)
        {
            foreach (var (hostUrl, bareUrl) in urls)
            {
                var status = expected?.Invoke(hostUrl) ?? HttpStatusCode.OK;
                var fromHost = await LoadRunner.GetAsync(hostClient, hostUrl, status, cancellationToken);
                var fromBare = await LoadRunner.GetAsync(bareClient, bareUrl, status, cancellationToken);
                if (status == HttpStatusCode.OK && !JsonNode.DeepEquals(JsonNode.Parse(fromHost), JsonNode.Parse(fromBare)))
                {
                    throw new BenchmarkFailedException(
                        $"The host and the bare app answer {hostUrl} differently.",
                        [$"host: {Excerpt(fromHost)}", $"bare: {Excerpt(fromBare)}"]);
                }

                compared++;
            }
        }

        return compared;
    }

    /// <summary><see cref="RequestsPerCase"/> draws of one seeded sequence, so every run compares the same requests.</summary>
    public static IEnumerable<T> Draws<T>(Func<Random, T> draw)
    {
        var random = new Random(99);
        for (var i = 0; i < RequestsPerCase; i++)
        {
            yield return draw(random);
        }
    }

    private static IEnumerable<(string, string)> Draws(SearchCase searchCase, SearchSubject host, SearchSubject bare) =>
        Draws(random =>
        {
            var search = searchCase.Draw(random);
            return (host.Url(search), bare.Url(search));
        });

    private static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 600 ? text : text[..600] + "…";
    }
}
