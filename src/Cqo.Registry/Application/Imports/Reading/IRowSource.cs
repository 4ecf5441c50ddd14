namespace Cqo.Registry.Application.Imports.Reading;

/// <summary>
/// The rows of an uploaded sheet, read one at a time (never the whole file in memory), the header
/// first. Numbers are as the spreadsheet shows them: the header is row 1.
/// </summary>
internal interface IRowSource : IDisposable
{
    /// <summary>A cheap guess at the number of data rows, for the progress bar before the end is reached.</summary>
    int EstimateDataRows();

    IEnumerable<RawRow> ReadRows();
}

internal readonly record struct RawRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>The file as a whole cannot be read; the batch is rejected with this message.</summary>
internal sealed class ImportFileException(string messageKey, params string[] args) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;

    public IReadOnlyList<string> Args { get; } = args;
}
