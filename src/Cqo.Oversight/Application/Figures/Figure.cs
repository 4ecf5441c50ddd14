using System.Globalization;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.SharedKernel.Paging;

namespace Cqo.Oversight.Application.Figures;

/// <summary>The months a figure is asked for, the breakdown, the filters and today's Shanghai date.</summary>
internal sealed record FigureQuery(int FirstMonth, int LastMonth, Granularity Granularity, Dimension By, FigureFilter Filter, DateOnly Today)
{
    /// <summary>Where the cells may be kept and found again while their facts are unchanged; computed every time when null.</summary>
    public FigureCache? Cache { get; init; }

    /// <summary>The last month of the last period that is over (ended before today's month), if any.</summary>
    public int? ClosedUntil =>
        Periods.Between(FirstMonth, LastMonth, Granularity).Where(p => p.Period.To < Today)
            .Select(p => (int?)Month.Of(p.Period.To)).LastOrDefault();
}

/// <summary>
/// A named figure with its definition (ADR 16): the same text is shown by the API, the dashboard,
/// the export's header sheet and the annual summary. Each computes cells: a value per dimension
/// value and period bucket (and, for distributions, per measured value).
/// </summary>
internal abstract class Figure(string key, LocalizedText name, LocalizedText definition, LocalizedText unit)
{
    public string Key => key;

    public LocalizedText Name => name;

    public LocalizedText Definition => definition;

    public LocalizedText Unit => unit;

    public abstract FigureShape Shape { get; }

    /// <summary>Whether the total of a period is the sum of its rows (not so when people are counted once).</summary>
    public virtual bool Additive => true;

    /// <summary>Whether the figure can be broken down by provider (figures about training and certificates).</summary>
    public abstract bool HasProvider { get; }

    public IReadOnlyList<Dimension> Dimensions =>
        [.. Enum.GetValues<Dimension>().Where(d => d != Dimension.Provider || HasProvider)];

    public FigureDefinitionDto ToDto(CultureInfo culture) => new(key, name.In(culture), definition.In(culture), unit.In(culture), Shape, Dimensions);

    public abstract Task<List<Cell>> ComputeAsync(OversightDbContext db, FigureQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One number for a whole span, as a target counts it: events in the months of <paramref name="from"/>
    /// to <paramref name="until"/> (people once over the span), or the state on <paramref name="until"/>.
    /// </summary>
    public abstract Task<decimal> TotalAsync(OversightDbContext db, FigureFilter filter, DateOnly from, DateOnly until, CancellationToken cancellationToken);

    /// <summary>How many of the records behind one period, by the query's dimension, changed after <paramref name="since"/>.</summary>
    public abstract Task<List<Cell>> ChangedSinceAsync(OversightDbContext db, FigureQuery query, PeriodDto period, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>A page of the records behind one period of the figure, optionally one value of its dimension and one enterprise.</summary>
    public abstract Task<RecordPage> RecordsAsync(RecordQuery query, CancellationToken cancellationToken);
}

/// <summary>Which records to list: a figure's query narrowed to one period, a dimension value and a search.</summary>
internal sealed record RecordQuery(OversightDbContext Db, RecordTexts Texts, FigureQuery Figure, PeriodDto Period, string? Code, string? Search, PageRequest Page);

internal sealed record RecordPage(IReadOnlyList<RecordColumnDto> Columns, IReadOnlyList<RecordRowDto> Items, int TotalCount);
