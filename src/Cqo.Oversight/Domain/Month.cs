namespace Cqo.Oversight.Domain;

/// <summary>
/// A Shanghai calendar month as one sortable number, <c>yyyymm</c>. Facts keep the month of each
/// event they take part in, so a figure is one GROUP BY over an indexed integer on every provider;
/// quarters and years are rolled up from months in memory.
/// </summary>
internal static class Month
{
    public static int Of(DateOnly day) => (day.Year * 100) + day.Month;

    public static int? Of(DateOnly? day) => day is { } d ? Of(d) : null;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);

    public static DateOnly LastDay(int month) => FirstDay(month).AddMonths(1).AddDays(-1);

    public static int Next(int month) => Of(FirstDay(month).AddMonths(1));

    /// <summary>Every month from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static IEnumerable<int> Range(int first, int last)
    {
        for (var month = first; month <= last; month = Next(month))
        {
            yield return month;
        }
    }
}
