namespace Cqo.Oversight.Application.Figures;

internal static class Percentiles
{
    /// <summary>
    /// The nearest-rank percentile of a histogram (duration → count): the smallest duration at or
    /// below which at least <paramref name="percent"/> % of the events fall. Null without events.
    /// </summary>
    public static decimal? Of(IEnumerable<(int Duration, decimal Count)> histogram, int percent)
    {
        var sorted = histogram.OrderBy(h => h.Duration).ToList();
        var total = sorted.Sum(h => h.Count);
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Ceiling(total * percent / 100m);
        var seen = 0m;
        foreach (var (duration, count) in sorted)
        {
            seen += count;
            if (seen >= rank)
            {
                return duration;
            }
        }

        return sorted[^1].Duration;
    }
}
