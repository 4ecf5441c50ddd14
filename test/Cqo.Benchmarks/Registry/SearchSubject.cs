using System.Net.Http.Headers;
using Cqo.Benchmarks.BareApp.Registry;

namespace Cqo.Benchmarks.Registry;

/// <summary>The host or the bare app: one keep-alive client per caller, and how a search becomes that subject's URL.</summary>
internal sealed class SearchSubject : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients;
    private readonly Func<EnterpriseSearch, string> _url;

    private SearchSubject(string name, Dictionary<string, HttpClient> clients, Func<EnterpriseSearch, string> url)
    {
        Name = name;
        _clients = clients;
        _url = url;
    }

    public string Name { get; }

    /// <summary>Cqo.Host, called with each caller's bearer token.</summary>
    public static SearchSubject Host(Uri baseAddress, IReadOnlyDictionary<string, string> accessTokens) => new(
        "CQO host",
        accessTokens.ToDictionary(t => t.Key, t => Client(baseAddress, t.Value)),
        SearchCase.HostUrl);

    /// <summary>The bare app; no tokens, the scope is part of the URL.</summary>
    public static SearchSubject Bare(Uri baseAddress, IEnumerable<string> callers) => new(
        "Bare ADO.NET endpoint",
        callers.ToDictionary(c => c, _ => Client(baseAddress, accessToken: null)),
        SearchCase.BareUrl);

    public HttpClient ClientFor(SearchCase searchCase) => _clients[searchCase.Caller];

    public Func<Random, string> Urls(SearchCase searchCase) => random => _url(searchCase.Draw(random));

    public string Url(EnterpriseSearch search) => _url(search);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    // Connections live for the whole run: a reconnect would show up as latency neither subject owes.
    internal static HttpClient Client(Uri baseAddress, string? accessToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }
}
