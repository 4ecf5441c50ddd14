using System.Globalization;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Application.Exports;

/// <summary>How values become cells in both formats: numbers stay numbers, instants are Shanghai wall-clock time, the rest text.</summary>
internal static class ExportCells
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static object? Value(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => Time(instant),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum name => name.ToString(),
        int or long or decimal or double or float or short => value,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Time(DateTimeOffset instant) => instant.ToShanghai().ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A value as CSV text (numbers in invariant form).</summary>
    public static string Text(object? value) => Value(value) switch
    {
        null => "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };
}
