using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Domain;
using Cqo.SharedKernel.Errors;
using FluentValidation.Results;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// The errors an import finds, one per cell at most (the first is what the user must fix), kept as
/// keys and arguments. The runner takes them chunk by chunk to store; past
/// <c>Registry:MaxImportErrors</c> they are still counted but no longer stored.
/// </summary>
internal sealed class ImportErrorLog(Guid batchId, int maxStored)
{
    /// <summary>Marks a message of FluentValidation: the rest of the key is its error code, the arguments its placeholders.</summary>
    public const string ValidatorPrefix = "Validator:";

    private const int MaxArgLength = 200;

    // Chinese stays readable in the stored arguments; they are data, never embedded in HTML.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // FluentValidation's placeholders that the column header replaces, or that would only repeat the cell.
    private static readonly HashSet<string> s_droppedPlaceholders = ["PropertyName", "PropertyPath", "CollectionIndex"];

    private readonly List<ImportRowError> _pending = [];
    private readonly HashSet<(int Row, string Column)> _cells = [];
    private readonly HashSet<int> _rowsInChunk = [];
    private int _sequence;

    /// <summary>Rows with at least one error so far.</summary>
    public int ErrorRows { get; private set; }

    /// <summary>Errors found so far, stored or not.</summary>
    public int Count { get; private set; }

    public bool Has(int row) => _rowsInChunk.Contains(row);

    public bool Has(int row, string column) => _cells.Contains((row, column));

    public void Add(int row, string column, string key, params string[] args) =>
        Record(row, column, key, args.Length == 0 ? null : JsonSerializer.Serialize(args.Select(Cut), s_json));

    public void Add(int row, string column, ErrorMessage message) =>
        Add(row, column, message.Key, [.. message.Args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    /// <summary>A validator's failure, re-rendered in the reader's language with the column as the field name.</summary>
    public void Add(int row, string column, ValidationFailure failure)
    {
        // The cell's own value is masked: it may be an ID number, which the error list must not show whole.
        var placeholders = failure.FormattedMessagePlaceholderValues?
            .Where(p => !s_droppedPlaceholders.Contains(p.Key))
            .ToDictionary(p => p.Key, p => Cut(p.Key == "PropertyValue"
                ? PersonalIdMask.Mask(Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "")
                : Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? ""));
        Record(row, column, ValidatorPrefix + failure.ErrorCode, placeholders is { Count: > 0 } ? JsonSerializer.Serialize(placeholders, s_json) : null);
    }

    /// <summary>The errors found since the last call, to store; the next chunk starts afresh.</summary>
    public IReadOnlyList<ImportRowError> TakePending()
    {
        var taken = _pending.ToList();
        _pending.Clear();
        _cells.Clear();
        _rowsInChunk.Clear();
        return taken;
    }

    private void Record(int row, string column, string key, string? args)
    {
        column = column.Length > 64 ? column[..64] : column;
        if (!_cells.Add((row, column)))
        {
            return;
        }

        if (_rowsInChunk.Add(row))
        {
            ErrorRows++;
        }

        Count++;
        if (Count <= maxStored)
        {
            _pending.Add(new ImportRowError(batchId, ++_sequence, row, column, key, args));
        }
    }

    private static string Cut(string value) => value.Length > MaxArgLength ? value[..MaxArgLength] + "…" : value;
}
