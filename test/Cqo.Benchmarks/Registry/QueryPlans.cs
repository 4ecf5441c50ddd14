using System.Globalization;
using System.Text.RegularExpressions;
using Cqo.Benchmarks.BareApp.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Registry;

/// <summary>One EXPLAIN (ANALYZE, BUFFERS) of a command both subjects send.</summary>
internal sealed partial record QueryPlan(string Query, string Command, IReadOnlyList<string> Lines)
{
    public double ExecutionMilliseconds => Lines
        .Select(l => ExecutionTime().Match(l))
        .Where(m => m.Success)
        .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
        .FirstOrDefault();

    /// <summary>Scan nodes, e.g. "Index Only Scan using IX_Enterprises_DistrictCode_Status".</summary>
    public IEnumerable<string> AccessPaths => Lines
        .Select(l => ScanNode().Match(l))
        .Where(m => m.Success)
        .Select(m => m.Groups[1].Value)
        .Distinct();

    [GeneratedRegex(@"Execution Time: ([\d.]+) ms")]
    private static partial Regex ExecutionTime();

    [GeneratedRegex(@"((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan)(?: Backward)?(?: using \S+)?(?: on \S+)?)")]
    private static partial Regex ScanNode();
}

/// <summary>
/// The plans PostgreSQL chooses for the measured commands, with real parameter values (as the host sends
/// them: unnamed statements, so each execution is planned for its values). Taken after the measurements, on
/// warm caches.
/// </summary>
internal static class QueryPlans
{
    public static async Task<IReadOnlyList<QueryPlan>> ExplainAsync(
        NpgsqlDataSource database, IEnumerable<(string Query, EnterpriseSearch Search)> searches, CancellationToken cancellationToken)
    {
        var plans = new List<QueryPlan>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var (query, search) in searches)
        {
            await using var count = search.CountCommand(connection);
            plans.Add(await ExplainAsync(query, "count", count, cancellationToken));
            await using var page = search.PageCommand(connection);
            plans.Add(await ExplainAsync(query, "page", page, cancellationToken));
        }

        return plans;
    }

    internal static async Task<QueryPlan> ExplainAsync(string query, string name, NpgsqlCommand command, CancellationToken cancellationToken)
    {
        command.CommandText = "EXPLAIN (ANALYZE, BUFFERS) " + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return new QueryPlan(query, name, lines);
    }
}
