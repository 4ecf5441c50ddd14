using System.Runtime.CompilerServices;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>Where <see cref="GatedExportSource"/> stops writing until a test opens it, so the test can watch an export half-way.</summary>
internal sealed class ExportGate
{
    public SemaphoreSlim Open { get; } = new(0);
}

/// <summary>
/// A test source of numbered rows (parameters: the row count and where to stop and wait for the gate),
/// registered only in the oversight collection's host.
/// </summary>
internal sealed class GatedExportSource(ExportGate gate) : IExportSource
{
    public const string KindName = "test-gated";

    public string Kind => KindName;

    public string Permission => OversightPermissions.AuditTrail;

    public Task<ExportTable> OpenAsync(string parameters, CancellationToken cancellationToken)
    {
        var numbers = parameters.Split(',');
        var (rows, pauseAfter) = (int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture));
        return Task.FromResult(new ExportTable
        {
            Title = "Gated",
            Definition = new LocalizedText("测试行", "Test rows"),
            Filters = [],
            Columns = ["n", "text"],
            EstimatedRows = rows,
            FileNameStem = "gated",
            Rows = RowsAsync(rows, pauseAfter, CancellationToken.None),
        });
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(int rows, int pauseAfter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < rows; i++)
        {
            if (i == pauseAfter)
            {
                await gate.Open.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            }

            yield return [i, $"row {i}"];
        }
    }
}
