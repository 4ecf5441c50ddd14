namespace Cqo.Benchmarks;

/// <summary>Order statistics for a handful of runs; medians because one slow run should not move the figure.</summary>
internal static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest-rank percentile (with fewer than ten runs, p90 is the maximum).</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = Sorted(values);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public static double Max(IEnumerable<double> values) => Sorted(values)[^1];

    private static double[] Sorted(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length > 0 ? sorted : throw new InvalidOperationException("No values.");
    }
}
