using System.Globalization;
using Cqo.Benchmarks.BareApp.Registry;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// One measured query: who asks (the token used on the host; <see cref="EnterpriseSearch.Jurisdiction"/> stands in
/// for it on the bare app) and how each request's filter is drawn. Both subjects draw from the same seeded
/// sequence, so they answer the same requests.
/// </summary>
internal sealed record SearchCase(string Query, string Caller, Func<Random, EnterpriseSearch> Draw)
{
    public const string Municipal = "municipal";
    public const string Pudong = "pudong";

    /// <summary>The three query kinds of the issue, plus district + status again as the Pudong district regulator.</summary>
    public static IReadOnlyList<SearchCase> All(GeneratedData data)
    {
        var districts = ShanghaiDistricts.All.Select(d => d.Code).ToArray();
        return
        [
            new("Exact USCC (random existing code)", Municipal, r => new(data.Usccs[r.Next(data.Usccs.Count)], null, null, null)),
            new("Name prefix (4-6 characters of a random existing name), 20 by name", Municipal, r =>
            {
                var name = data.Names[r.Next(data.Names.Count)];
                return new(name[..Math.Min(name.Length, r.Next(4, 7))], null, null, null);
            }),
            new("District (random) + status Active, 20 by name", Municipal, r => new(null, districts[r.Next(districts.Length)], "Active", null)),
            new("District 310115 + status Active, 20 by name (scope: jurisdiction 310115)", Pudong, _ =>
                new(null, ShanghaiDistricts.Pudong, "Active", ShanghaiDistricts.Pudong)),
        ];
    }

    /// <summary>The host's URL: the caller's scope comes from the bearer token.</summary>
    public static string HostUrl(EnterpriseSearch search) => Url("/api/registry/enterprises", search, jurisdiction: null);

    /// <summary>The bare app's URL: the scope travels as <c>jurisdiction</c>.</summary>
    public static string BareUrl(EnterpriseSearch search) => Url("/registry/enterprises", search, search.Jurisdiction);

    private static string Url(string path, EnterpriseSearch search, string? jurisdiction)
    {
        var query = new List<string>();
        Add(query, "search", search.Search);
        Add(query, "districtCode", search.DistrictCode);
        Add(query, "status", search.Status);
        Add(query, "jurisdiction", jurisdiction);
        Add(query, "take", search.Take.ToString(CultureInfo.InvariantCulture));
        return $"{path}?{string.Join('&', query)}";
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
