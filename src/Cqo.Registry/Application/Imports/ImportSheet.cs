using Cqo.Registry.Application.Imports.Reading;

namespace Cqo.Registry.Application.Imports;

/// <summary>A data row: its number in the file, and its cells in the order of the import's columns (trimmed; null when blank).</summary>
internal sealed record ImportRow(int Number, string?[] Values);

/// <summary>
/// Reads the header (the first row that is not blank) and matches it to the import's columns: a
/// header may come in any order and end in <c>*</c>; an unknown, repeated or missing required header
/// rejects the file, each named at the header row. Then yields the data rows, skipping blank ones.
/// </summary>
internal sealed class ImportSheet : IDisposable
{
    private readonly IEnumerator<RawRow> _rows;
    private readonly int[] _sourceIndex;

    private ImportSheet(IEnumerator<RawRow> rows, int[] sourceIndex)
    {
        _rows = rows;
        _sourceIndex = sourceIndex;
    }

    public bool HeaderValid { get; private init; }

    public static ImportSheet Open(IRowSource source, IReadOnlyList<ImportColumn> columns, ImportErrorLog errors)
    {
        var rows = source.ReadRows().GetEnumerator();
        RawRow header;
        do
        {
            if (!rows.MoveNext())
            {
                rows.Dispose();
                throw new ImportFileException("Registry:Import.NoHeader");
            }

            header = rows.Current;
        }
        while (header.Cells.All(string.IsNullOrWhiteSpace));

        var sourceIndex = Enumerable.Repeat(-1, columns.Count).ToArray();
        var valid = true;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = HeaderName(header.Cells[i]);
            if (name.Length == 0)
            {
                continue;
            }

            var column = IndexOf(columns, name);
            if (column < 0)
            {
                errors.Add(header.Number, name, "Registry:Import.UnknownHeader", name);
                valid = false;
            }
            else if (sourceIndex[column] >= 0)
            {
                errors.Add(header.Number, name, "Registry:Import.RepeatedHeader", name);
                valid = false;
            }
            else
            {
                sourceIndex[column] = i;
            }
        }

        for (var column = 0; column < columns.Count; column++)
        {
            if (columns[column].Required && sourceIndex[column] < 0)
            {
                errors.Add(header.Number, columns[column].Header, "Registry:Import.MissingHeader", columns[column].Header);
                valid = false;
            }
        }

        return new ImportSheet(rows, sourceIndex) { HeaderValid = valid };
    }

    public IEnumerable<ImportRow> DataRows()
    {
        while (_rows.MoveNext())
        {
            var raw = _rows.Current;
            var values = new string?[_sourceIndex.Length];
            var blank = true;
            for (var column = 0; column < values.Length; column++)
            {
                var at = _sourceIndex[column];
                var value = at >= 0 && at < raw.Cells.Count ? raw.Cells[at]?.Trim() : null;
                values[column] = string.IsNullOrEmpty(value) ? null : value;
                blank &= values[column] is null;
            }

            if (!blank)
            {
                yield return new ImportRow(raw.Number, values);
            }
        }
    }

    public void Dispose() => _rows.Dispose();

    // "姓名*" and "姓名 " name the same column; a required mark is a habit of templates.
    private static string HeaderName(string? cell) => (cell ?? "").Trim().TrimEnd('*', '＊').Trim();

    private static int IndexOf(IReadOnlyList<ImportColumn> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Header == name)
            {
                return i;
            }
        }

        return -1;
    }
}
