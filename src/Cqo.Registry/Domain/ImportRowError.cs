namespace Cqo.Registry.Domain;

/// <summary>
/// A problem in one cell (or the whole row, or the file: row 0) of an import. The message is kept as
/// a key and arguments, so each reader gets it in their own language.
/// </summary>
internal sealed class ImportRowError
{
    public ImportRowError(Guid batchId, int sequence, int rowNumber, string column, string messageKey, string? messageArgs)
    {
        BatchId = batchId;
        Sequence = sequence;
        RowNumber = rowNumber;
        Column = column;
        MessageKey = messageKey;
        MessageArgs = messageArgs;
    }

    private ImportRowError() { }

    public Guid BatchId { get; private set; }

    /// <summary>Order of discovery, which follows the rows: with the batch id, the key.</summary>
    public int Sequence { get; private set; }

    /// <summary>As the spreadsheet numbers it: the header is row 1.</summary>
    public int RowNumber { get; private set; }

    /// <summary>The column's Chinese header, as in the file; empty for the row or file as a whole.</summary>
    public string Column { get; private set; } = "";

    public string MessageKey { get; private set; } = "";

    /// <summary>The message's arguments as JSON (an array; an object for validator messages).</summary>
    public string? MessageArgs { get; private set; }
}
