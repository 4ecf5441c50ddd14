using Cqo.Platform.Csv;

namespace Cqo.Registry.Application.Imports.Reading;

/// <summary>An uploaded CSV file as import rows (<see cref="CsvReader"/> reads it).</summary>
internal sealed class CsvRowSource(Stream stream) : IRowSource
{
    private readonly CsvReader _reader = new(stream);

    public int EstimateDataRows() => _reader.EstimateDataRows();

    public IEnumerable<RawRow> ReadRows()
    {
        using var records = _reader.ReadRecords().GetEnumerator();
        while (true)
        {
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvEncodingException)
            {
                throw new ImportFileException("Registry:Import.CsvEncoding");
            }

            yield return new RawRow(records.Current.Number, records.Current.Cells);
        }
    }

    public void Dispose() => _reader.Dispose();
}
