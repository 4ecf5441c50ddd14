using System.Globalization;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Application.Annual;

/// <summary>
/// A year's summary for the annual quality report: the headline figures with five years of trend and
/// the change on the year before, the same figures by district and by industry section, and the
/// targets. Everything comes from the figure tables, so it states their definitions and scope.
/// </summary>
internal sealed class AnnualSummaries(FigureTables tables, Targets.Targets targets, TimeProvider clock)
{
    public const int TrendYears = 5;

    /// <summary>The first year a summary is given for.</summary>
    public const int FirstYear = 2000;

    /// <summary>The figures a summary reports, in the order it reports them.</summary>
    public static readonly IReadOnlyList<string> HeadlineKeys =
    [
        FigureCatalogue.NewFilings.Key, FigureCatalogue.ActiveCqos.Key, FigureCatalogue.EndedFilings.Key, FigureCatalogue.ReviewTime.Key,
        FigureCatalogue.TrainedPeople.Key, FigureCatalogue.Passes.Key,
        FigureCatalogue.IssuedCertificates.Key, FigureCatalogue.ValidCertificates.Key, FigureCatalogue.CreditHours.Key,
    ];

    private static readonly IReadOnlyList<string> s_breakdownKeys =
    [
        FigureCatalogue.NewFilings.Key, FigureCatalogue.ActiveCqos.Key, FigureCatalogue.TrainedPeople.Key,
        FigureCatalogue.IssuedCertificates.Key, FigureCatalogue.ValidCertificates.Key,
    ];

    public async Task<AnnualSummaryDto> GetAsync(int year, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (year < FirstYear || year > today.Year)
        {
            throw new FieldValidationException("year", new ErrorMessage("Oversight:SummaryYear", today.Year));
        }

        var headlines = new List<HeadlineDto>();
        foreach (var key in HeadlineKeys)
        {
            var table = await tables.GetAsync(key, Years(year - TrendYears + 1, year, null), cancellationToken);
            var values = table.Total.Values;
            var value = values[^1];
            var before = values.Count > 1 ? values[^2] : null;
            decimal? change = value is { } now && before is > 0 ? Math.Round((now - before.Value) * 100m / before.Value, 1) : null;
            headlines.Add(new HeadlineDto(table.Figure, table.Periods, values, value, change, table.Total.P90?[^1]));
        }

        return new AnnualSummaryDto(
            year,
            year < today.Year ? new DateOnly(year, 12, 31) : today,
            headlines,
            await BreakdownAsync(year, Dimension.District, cancellationToken),
            await BreakdownAsync(year, Dimension.IndustrySection, cancellationToken),
            await targets.ListAsync(cancellationToken));
    }

    private async Task<BreakdownDto> BreakdownAsync(int year, Dimension by, CancellationToken cancellationToken)
    {
        var columns = new List<FigureTableDto>();
        foreach (var key in s_breakdownKeys)
        {
            columns.Add(await tables.GetAsync(key, Years(year, year, by), cancellationToken));
        }

        var rows = columns.SelectMany(c => c.Rows).DistinctBy(r => r.Code)
            .OrderBy(r => r.Code is null).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new FigureRowDto(r.Code, r.Label, [.. columns.Select(c => c.Rows.FirstOrDefault(x => x.Code == r.Code)?.Values[0] ?? 0)]))
            .ToList();
        var total = new FigureRowDto(null, columns[0].Total.Label, [.. columns.Select(c => c.Total.Values[0])]);
        return new BreakdownDto(by, s_breakdownKeys, rows, total);
    }

    private static FigureParameters Years(int from, int to, Dimension? by) => new(
        Period: nameof(Granularity.Year),
        From: from.ToString(CultureInfo.InvariantCulture),
        To: to.ToString(CultureInfo.InvariantCulture),
        By: by?.ToString());
}
