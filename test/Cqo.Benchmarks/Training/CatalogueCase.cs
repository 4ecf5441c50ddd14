using System.Globalization;
using Cqo.Benchmarks.BareApp.Training;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// One measured catalogue query and how each request's filter is drawn; both subjects draw from the same seeded
/// sequence, so they answer the same requests. The host pages with <c>skip</c> and <c>take</c>: the first page of
/// 20 is <c>take=20</c>.
/// </summary>
internal sealed record CatalogueCase(string Query, Func<Random, CourseCatalogue> Draw)
{
    private static readonly string[] s_types = ["AppointmentTraining", "ContinuingEducation", "PublicSmeTraining"];

    /// <summary>Title searches: the topics titles name (a few percent of the courses each), and 首席质量官 (appointment training, about 40 %).</summary>
    public static IReadOnlyList<string> SearchTerms { get; } = [.. CourseFaker.Topics, "首席质量官"];

    public static IReadOnlyList<CatalogueCase> All(DateOnly today) =>
    [
        new("Open for enrolment today, 20 by start date", _ => new(null, null, today)),
        new("Open today + type (random of 3), 20 by start date", r => new(null, s_types[r.Next(s_types.Length)], today)),
        new("Title search (random topic), every non-draft course, 20 by start date", r => new(SearchTerms[r.Next(SearchTerms.Count)], null, null)),
    ];

    public static string HostUrl(CourseCatalogue query) => Url("/api/training/courses", query);

    public static string BareUrl(CourseCatalogue query) => Url("/training/courses", query);

    public (string Host, string Bare) Urls(Random random)
    {
        var query = Draw(random);
        return (HostUrl(query), BareUrl(query));
    }

    private static string Url(string path, CourseCatalogue query)
    {
        var parameters = new List<string>();
        if (query.Search is not null)
        {
            parameters.Add($"search={Uri.EscapeDataString(query.Search)}");
        }

        if (query.Type is not null)
        {
            parameters.Add($"type={query.Type}");
        }

        if (query.OpenForEnrolmentOn is { } day)
        {
            parameters.Add($"openForEnrolmentOn={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        parameters.Add($"take={query.Take.ToString(CultureInfo.InvariantCulture)}");
        return $"{path}?{string.Join('&', parameters)}";
    }
}
