namespace Cqo.Benchmarks.Registry;

/// <summary>Draws items in proportion to their weights (cumulative weights, binary search).</summary>
internal sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToArray();
        _items = [.. list.Select(w => w.Item)];
        _cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>Weights 1, 1/2, 1/3, ...: a few items are common and most are rare, like names.</summary>
    public static WeightedPicker<T> Zipf(IEnumerable<T> items) =>
        new(items.Select((item, rank) => (item, 1.0 / (rank + 1))));

    public static WeightedPicker<T> Uniform(IEnumerable<T> items) => new(items.Select(item => (item, 1.0)));

    public T Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _items[index < 0 ? ~index : index];
    }
}
