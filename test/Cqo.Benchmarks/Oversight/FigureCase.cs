using System.Globalization;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;

namespace Cqo.Benchmarks.Oversight;

/// <summary>One period of a case's table: its bucket as the figures compute it (<c>yyyy</c> or <c>yyyymm</c>), its key, its first and last day.</summary>
internal sealed record CasePeriod(int Bucket, string Key, DateOnly FirstDay, DateOnly LastDay);

/// <summary>
/// One figure asked one way, by one caller: the figure's table over <see cref="From"/> to <see cref="To"/> by
/// <see cref="By"/>, from <c>GET /api/oversight/figures/{key}</c> of the host and from hand-written SQL.
/// </summary>
internal sealed record FigureCase(Figure Figure, string Query, string Caller, Granularity Granularity, string From, string To, Dimension By)
{
    /// <summary>The demo municipal regulator: sees the whole city.</summary>
    public const string Municipal = "municipal";

    /// <summary>The demo district regulator: sees its unit's records (regulator unit 310115, Pudong).</summary>
    public const string Pudong = "pudong";

    /// <summary>The regulator unit <see cref="Pudong"/> sees.</summary>
    public const string PudongUnit = "310115";

    /// <summary>The regulator unit the caller is limited to; null for the whole city.</summary>
    public string? Unit => Caller == Pudong ? PudongUnit : null;

    public string HostUrl => string.Create(
        CultureInfo.InvariantCulture,
        $"/api/oversight/figures/{Figure.Key}?period={Granularity.ToString().ToLowerInvariant()}&from={From}&to={To}&by={By.ToString().ToLowerInvariant()}");

    /// <summary>
    /// The realistic questions a regulator asks of every figure: five closed years by district and by industry section
    /// (municipal), the same by section in one district regulator's scope, and the last twelve months' trend up to the
    /// current month (municipal, city total; a state's current month is as of today).
    /// </summary>
    public static IReadOnlyList<FigureCase> All(DateOnly today)
    {
        var lastYear = today.Year - 1;
        var years = (From: (lastYear - 4).ToString(CultureInfo.InvariantCulture), To: lastYear.ToString(CultureInfo.InvariantCulture));
        var months = (From: today.AddMonths(-11).ToString("yyyy-MM", CultureInfo.InvariantCulture), To: today.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return
        [
            .. FigureCatalogue.All.SelectMany(figure => new[]
            {
                new FigureCase(figure, $"{years.From}–{years.To} by district", Municipal, Granularity.Year, years.From, years.To, Dimension.District),
                new FigureCase(figure, $"{years.From}–{years.To} by industry section", Municipal, Granularity.Year, years.From, years.To, Dimension.IndustrySection),
                new FigureCase(figure, $"{years.From}–{years.To} by section, unit {PudongUnit}", Pudong, Granularity.Year, years.From, years.To, Dimension.IndustrySection),
                new FigureCase(figure, $"{months.From} to {months.To} monthly, total", Municipal, Granularity.Month, months.From, months.To, Dimension.None),
            }),
        ];
    }

    /// <summary>The periods of the table, as the host lists them.</summary>
    public IReadOnlyList<CasePeriod> Periods()
    {
        if (Granularity == Granularity.Year)
        {
            var (first, last) = (int.Parse(From, CultureInfo.InvariantCulture), int.Parse(To, CultureInfo.InvariantCulture));
            return [.. Enumerable.Range(first, last - first + 1).Select(y => new CasePeriod(y, y.ToString(CultureInfo.InvariantCulture), new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)))];
        }

        var from = DateOnly.ParseExact(From + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(To + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var periods = new List<CasePeriod>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            periods.Add(new CasePeriod((month.Year * 100) + month.Month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture), month, month.AddMonths(1).AddDays(-1)));
        }

        return periods;
    }

    /// <summary>The first and last <c>yyyymm</c> month of the table.</summary>
    public (int First, int Last) Months()
    {
        var periods = Periods();
        var first = Granularity == Granularity.Year ? (periods[0].Bucket * 100) + 1 : periods[0].Bucket;
        var last = Granularity == Granularity.Year ? (periods[^1].Bucket * 100) + 12 : periods[^1].Bucket;
        return (first, last);
    }
}
