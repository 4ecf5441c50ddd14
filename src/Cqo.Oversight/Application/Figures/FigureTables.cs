using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Application.Figures;

/// <summary>A figure as a table: a row per value of the dimension, a column per period, and the total, in the caller's scope.</summary>
internal sealed class FigureTables(OversightDbContext db, DimensionLabels labels, FigureCache cache, TimeProvider clock)
{
    public IReadOnlyList<FigureDefinitionDto> Definitions() => [.. FigureCatalogue.All.Select(f => f.ToDto(CultureInfo.CurrentUICulture))];

    public async Task<FigureTableDto> GetAsync(string key, FigureParameters parameters, CancellationToken cancellationToken)
    {
        var figure = FigureCatalogue.Find(key) ?? throw new NotFoundException("Figure", key);
        var query = parameters.ToQuery(figure, clock.Today()) with { Cache = cache };
        var cells = await figure.ComputeAsync(db, query, cancellationToken);
        var totalCells = figure.Additive || query.By == Dimension.None
            ? cells.Select(c => c with { Dim = null }).ToList()
            : await figure.ComputeAsync(db, query with { By = Dimension.None }, cancellationToken);

        var culture = CultureInfo.CurrentUICulture;
        var periods = Periods.Between(query.FirstMonth, query.LastMonth, query.Granularity);
        var label = await labels.ForAsync(query.By, culture, cancellationToken);
        var rows = cells.GroupBy(c => c.Dim)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(figure, query, g.Key, label(g.Key), [.. g], periods))
            .ToList();
        var total = Row(figure, query, null, (await labels.ForAsync(Dimension.None, culture, cancellationToken))(null), totalCells, periods);
        return new FigureTableDto(figure.ToDto(culture), query.By, query.Granularity, [.. periods.Select(p => p.Period)], rows, total, parameters.Describe());
    }

    /// <summary>A row's values per period; a state is not known yet for a period still to come.</summary>
    private static FigureRowDto Row(Figure figure, FigureQuery query, string? code, string label, IReadOnlyList<Cell> cells, IReadOnlyList<(int Bucket, PeriodDto Period)> periods)
    {
        if (figure.Shape != FigureShape.Distribution)
        {
            return new FigureRowDto(code, label, [.. periods.Select(p => figure.Shape == FigureShape.Stock && p.Period.From > query.Today
                ? null
                : (decimal?)cells.Where(c => c.Bucket == p.Bucket).Sum(c => c.Value))]);
        }

        var histograms = periods.Select(p => cells.Where(c => c.Bucket == p.Bucket).Select(c => (c.Detail, c.Value)).ToList()).ToList();
        return new FigureRowDto(
            code, label,
            [.. histograms.Select(h => Percentiles.Of(h, 50))],
            [.. histograms.Select(h => Percentiles.Of(h, 90))]);
    }
}
