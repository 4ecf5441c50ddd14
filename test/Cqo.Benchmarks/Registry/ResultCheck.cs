using System.Text.Json.Nodes;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Before anything is timed: the host and the bare app must answer the same requests with the same JSON
/// (same rows, same order, same total), or the comparison would be of two different queries.
/// </summary>
internal static class ResultCheck
{
    private const int RequestsPerCase = 3;

    public static async Task<int> SameAnswersAsync(
        SearchSubject host, SearchSubject bare, IReadOnlyList<SearchCase> cases, CancellationToken cancellationToken)
    {
        var compared = 0;
        foreach (var searchCase in cases)
        {
            var random = new Random(99);
            for (var i = 0; i < RequestsPerCase; i++)
            {
                var search = searchCase.Draw(random);
                var fromHost = await LoadRunner.GetAsync(host.ClientFor(searchCase), host.Url(search), cancellationToken);
                var fromBare = await LoadRunner.GetAsync(bare.ClientFor(searchCase), bare.Url(search), cancellationToken);
                if (!JsonNode.DeepEquals(JsonNode.Parse(fromHost), JsonNode.Parse(fromBare)))
                {
                    throw new BenchmarkFailedException(
                        $"The host and the bare app answer {host.Url(search)} differently.",
                        [$"host: {Excerpt(fromHost)}", $"bare: {Excerpt(fromBare)}"]);
                }

                compared++;
            }
        }

        return compared;
    }

    private static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 600 ? text : text[..600] + "…";
    }
}
