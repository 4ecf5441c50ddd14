using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Platform.Http;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// A figure's query string: <c>period</c> (year, quarter, month; year by default), <c>from</c> and
/// <c>to</c> as period keys (<c>2021</c>, <c>2021Q3</c>, <c>2021-07</c>; the last five periods by
/// default), <c>by</c> a dimension, and the dimension filters.
/// </summary>
internal sealed partial record FigureParameters(
    string? Period = null,
    string? From = null,
    string? To = null,
    string? By = null,
    string? District = null,
    string? Jurisdiction = null,
    string? Section = null,
    string? Division = null,
    string? Scale = null,
    bool? AboveDesignatedSize = null,
    bool? Specialised = null,
    Guid? Provider = null)
{
    /// <summary>Ten years of months: the longest range one request may ask for.</summary>
    public const int MaxMonths = 120;

    public FigureQuery ToQuery(Figure figure, DateOnly today)
    {
        var granularity = EnumNames.ParseQuery<Granularity>(Period, "period") ?? Granularity.Year;
        var by = EnumNames.ParseQuery<Dimension>(By, "by") ?? Dimension.None;
        if (!figure.Dimensions.Contains(by))
        {
            throw new FieldValidationException("by", new ErrorMessage("Error:FieldOneOf", "by", string.Join(", ", figure.Dimensions)));
        }

        var current = Month.Of(today);
        var last = To is null ? LastMonthOf(current, granularity) : LastMonthOf(ParsePeriod(To, granularity, "to"), granularity);
        var first = From is null ? FirstMonthBack(last, granularity) : ParsePeriod(From, granularity, "from");
        var months = Month.Range(first, last).Count();
        if (first > last || months > MaxMonths)
        {
            throw new FieldValidationException("from", new ErrorMessage("Error:oversight.period_range", MaxMonths));
        }

        var filter = new FigureFilter(
            Blank(District), Blank(Jurisdiction), Blank(Section), Blank(Division),
            EnumNames.ParseQuery<EnterpriseScale>(Scale, "scale"), AboveDesignatedSize, Specialised, Provider);
        if (Provider is not null && !figure.HasProvider)
        {
            throw new FieldValidationException("provider", new ErrorMessage("Error:oversight.no_provider"));
        }

        return new FigureQuery(first, last, granularity, by, filter, today);
    }

    /// <summary>The one period a record list is about: <paramref name="at"/>, by default the query's last.</summary>
    public PeriodDto PeriodAt(string? at, Figure figure, DateOnly today)
    {
        var query = ToQuery(figure, today);
        var first = at is null ? FirstMonthOf(query.LastMonth, query.Granularity) : ParsePeriod(at, query.Granularity, "at");
        return Periods.Between(first, LastMonthOf(first, query.Granularity), query.Granularity)[0].Period;
    }

    /// <summary>The filters as given, for a table's header.</summary>
    public IReadOnlyDictionary<string, string> Describe() =>
        new Dictionary<string, string?>
        {
            ["district"] = District,
            ["jurisdiction"] = Jurisdiction,
            ["section"] = Section,
            ["division"] = Division,
            ["scale"] = Scale,
            ["aboveDesignatedSize"] = AboveDesignatedSize?.ToString(),
            ["specialised"] = Specialised?.ToString(),
            ["provider"] = Provider?.ToString(),
        }.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!.Trim());

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The first month of the period named by <paramref name="key"/>.</summary>
    private static int ParsePeriod(string key, Granularity granularity, string field)
    {
        var match = (granularity switch
        {
            Granularity.Year => YearKey(),
            Granularity.Quarter => QuarterKey(),
            _ => MonthKey(),
        }).Match(key.Trim());
        if (!match.Success)
        {
            throw new FieldValidationException(field, new ErrorMessage("Error:oversight.period_key", field, Example(granularity)));
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var part = match.Groups["part"].Success ? int.Parse(match.Groups["part"].Value, CultureInfo.InvariantCulture) : 1;
        return granularity switch
        {
            Granularity.Quarter => (year * 100) + ((part - 1) * 3) + 1,
            _ => (year * 100) + part,
        };
    }

    private static string Example(Granularity granularity) => granularity switch
    {
        Granularity.Year => "2021",
        Granularity.Quarter => "2021Q3",
        _ => "2021-07",
    };

    private static int LastMonthOf(int month, Granularity granularity) => granularity switch
    {
        Granularity.Year => ((month / 100) * 100) + 12,
        Granularity.Quarter => month + (2 - (((month % 100) - 1) % 3)),
        _ => month,
    };

    private static int FirstMonthOf(int month, Granularity granularity) => granularity switch
    {
        Granularity.Year => ((month / 100) * 100) + 1,
        Granularity.Quarter => month - (((month % 100) - 1) % 3),
        _ => month,
    };

    private static int FirstMonthBack(int lastMonth, Granularity granularity)
    {
        var periods = 5;
        var monthsPer = granularity switch { Granularity.Year => 12, Granularity.Quarter => 3, _ => 1 };
        return Month.Of(Month.FirstDay(lastMonth).AddMonths(1 - (periods * monthsPer)));
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)$")]
    private static partial Regex YearKey();

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)Q(?<part>[1-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterKey();

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)-(?<part>0[1-9]|1[0-2])$")]
    private static partial Regex MonthKey();
}
