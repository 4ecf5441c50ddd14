namespace Cqo.Oversight.Contracts;

/// <summary>What a figure is broken down by.</summary>
public enum Dimension
{
    None,
    District,

    /// <summary>The regulator unit (a district bureau or a special area).</summary>
    Jurisdiction,
    IndustrySection,
    IndustryDivision,
    Scale,
    AboveDesignatedSize,
    Specialised,
    Provider,
}

/// <summary>The periods a figure is given for (Shanghai calendar).</summary>
public enum Granularity
{
    Month,
    Quarter,
    Year,
}

/// <summary>Whether a figure counts events within each period or a state at each period's end.</summary>
public enum FigureShape
{
    /// <summary>Events within the period (new filings, passes).</summary>
    Flow,

    /// <summary>The state at the period's end, or today for the current period (active CQOs, valid certificates).</summary>
    Stock,

    /// <summary>The median and 90th percentile of a duration over the period's events (review time).</summary>
    Distribution,
}

/// <summary>A figure's name and definition, in the caller's language.</summary>
public sealed record FigureDefinitionDto(string Key, string Name, string Definition, string Unit, FigureShape Shape, IReadOnlyList<Dimension> Dimensions);

/// <summary>One period: its key (<c>2021</c>, <c>2021Q3</c>, <c>2021-07</c>) and its first and last day.</summary>
public sealed record PeriodDto(string Key, DateOnly From, DateOnly To);

/// <summary>
/// One line of a figure's table: the dimension's value (code and label; null code for "not known")
/// and a value per period; for a distribution the values are medians and <paramref name="P90"/> the
/// 90th percentiles.
/// </summary>
public sealed record FigureRowDto(string? Code, string Label, IReadOnlyList<decimal?> Values, IReadOnlyList<decimal?>? P90 = null);

/// <summary>A figure over periods: one row per value of the dimension, and the total over all of them.</summary>
public sealed record FigureTableDto(
    FigureDefinitionDto Figure,
    Dimension By,
    Granularity Period,
    IReadOnlyList<PeriodDto> Periods,
    IReadOnlyList<FigureRowDto> Rows,
    FigureRowDto Total,
    IReadOnlyDictionary<string, string> Filters);

/// <summary>A column of a record list: its key (for sorting, where sortable) and its header in the caller's language.</summary>
public sealed record RecordColumnDto(string Key, string Header, bool Sortable);

/// <summary>One record behind a figure: its id, where to open it, and its cells in column order. No personal data.</summary>
public sealed record RecordRowDto(Guid Id, string Link, IReadOnlyList<string?> Cells);

/// <summary>A page of the records behind one cell of a figure: one period, optionally one value of the dimension.</summary>
public sealed record RecordPageDto(
    FigureDefinitionDto Figure,
    PeriodDto Period,
    Dimension By,
    string? Code,
    IReadOnlyList<RecordColumnDto> Columns,
    IReadOnlyList<RecordRowDto> Items,
    int TotalCount);

/// <summary>A frozen month or year of figures: its place in the hash chain and its hash.</summary>
public sealed record SnapshotDto(Guid Id, Granularity Granularity, string PeriodKey, DateOnly From, DateOnly To, DateTimeOffset TakenAt, long Sequence, string Hash);

/// <summary>
/// One row of a snapshot next to today's recomputation: the value reported then, the value now,
/// and how many of the records counted now changed after the snapshot was taken (what explains a difference).
/// </summary>
public sealed record SnapshotComparisonRowDto(string? Code, string Label, decimal? Frozen, decimal? FrozenP90, decimal? Now, decimal? NowP90, decimal? Difference, int ChangedSince);

public sealed record SnapshotComparisonDto(SnapshotDto Snapshot, FigureDefinitionDto Figure, Dimension By, IReadOnlyList<SnapshotComparisonRowDto> Rows);

/// <summary>The result of checking the snapshot chain: intact, or the first snapshot where it breaks and why.</summary>
public sealed record SnapshotVerificationDto(bool Intact, int Checked, Guid? BrokenSnapshotId, string? BrokenPeriod, string? Problem);

/// <summary>One headline figure of a year: its value, the previous years' values (oldest first, this year last) and the change on the year before.</summary>
public sealed record HeadlineDto(FigureDefinitionDto Figure, IReadOnlyList<PeriodDto> Years, IReadOnlyList<decimal?> Values, decimal? Value, decimal? ChangePercent, decimal? P90);

/// <summary>A breakdown of a year's headline figures: one row per value of the dimension, one column per figure.</summary>
public sealed record BreakdownDto(Dimension By, IReadOnlyList<string> FigureKeys, IReadOnlyList<FigureRowDto> Rows, FigureRowDto Total);

/// <summary>The annual summary of a year, in the caller's scope: headline figures with their trend, breakdowns by district and industry, and targets.</summary>
public sealed record AnnualSummaryDto(int Year, DateOnly AsOf, IReadOnlyList<HeadlineDto> Headlines, BreakdownDto ByDistrict, BreakdownDto ByIndustry, IReadOnlyList<TargetDto> Targets);
