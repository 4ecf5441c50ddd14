using System.Globalization;
using Cqo.Oversight.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Oversight;

/// <summary>
/// The statistics pages' texts (figures, records, targets, snapshots; keys <c>Ui:Oversight.*</c>), the names of the oversight
/// module's enumerations and how figures are written.
/// </summary>
internal static class StatisticsTexts
{
    /// <summary>The granularities in the order the dashboard offers them.</summary>
    public static readonly Granularity[] Granularities = [Granularity.Year, Granularity.Quarter, Granularity.Month];

    public static string Statistics(this IStringLocalizer texts, string key) => texts[$"Ui:Oversight.{key}"];

    public static string Statistics(this IStringLocalizer texts, string key, params object[] args) => texts[$"Ui:Oversight.{key}", args];

    public static string Of(this IStringLocalizer texts, Dimension dimension) => texts.Statistics($"Dimension.{dimension}");

    public static string Of(this IStringLocalizer texts, Granularity granularity) => texts.Statistics($"Granularity.{granularity}");

    public static string Of(this IStringLocalizer texts, TargetKind kind) => texts.Statistics($"TargetKind.{kind}");

    /// <summary>Why the snapshot chain breaks: <c>missing</c>, <c>link</c> or <c>content</c>.</summary>
    public static string ChainProblem(this IStringLocalizer texts, string? problem) =>
        texts[$"Ui:Oversight.Snapshots.Problem.{problem}"] is { ResourceNotFound: false } text ? text.Value : problem ?? "";

    /// <summary>How far a target has come, in words: the value against the goal (a figure's, in its unit) or the covered share of its population.</summary>
    public static string Progress(this IStringLocalizer texts, TargetDto target, string unit)
    {
        var progress = target.Progress;
        return target.Kind == TargetKind.Figure
            ? texts.Statistics("Targets.FigureProgress", Number(progress.Value), Number(progress.Goal), unit, Number(progress.Percent))
            : texts.Statistics("Targets.CoverageProgress", Number(progress.Value), progress.Population ?? 0, Number(progress.Percent), Number(progress.Goal));
    }

    /// <summary>A figure's value: grouped thousands, at most two decimals (hours, medians); a dash when not known (a state still to come).</summary>
    public static string Number(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A value for a test id or data attribute: invariant, no grouping; empty when not known.</summary>
    public static string Invariant(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The step between a chart's value lines: 1, 2 or 5 times a power of ten, about a fifth of the largest value, so
    /// small numbers are not drawn against MudChart's fixed step of 20. Whole numbers only (the charts' axis takes an int).
    /// </summary>
    public static int AxisStep(IEnumerable<decimal?> values)
    {
        var max = values.Max() ?? 0;
        var rough = Math.Max(1m, max / 5);
        var power = 1;
        while (power * 10 <= rough)
        {
            power *= 10;
        }

        return rough <= power ? power : rough <= 2 * power ? 2 * power : rough <= 5 * power ? 5 * power : 10 * power;
    }

    /// <summary>The query-string name of an enumeration value (<c>year</c>, <c>industrySection</c>); the API reads any case.</summary>
    public static string Query<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNaming(value.ToString());

    /// <summary>An enumeration value from the query string, any case; null when absent or unknown (the service then names the field).</summary>
    public static TEnum? Parse<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static string JsonNaming(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
