using System.Text;
using System.Text.Unicode;

namespace Cqo.Platform.Csv;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields optionally in double quotes (doubled inside), line breaks
/// inside quotes kept. UTF-8 with or without a byte-order mark; a file that is not UTF-8 is read as
/// GB18030, which covers the GBK that Excel on Chinese Windows writes for "CSV (逗号分隔)".
/// </summary>
public sealed class CsvReader : IDisposable
{
    private const int SniffLength = 64 * 1024;

    private readonly Stream _stream;

    static CsvReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvReader(Stream stream) => _stream = stream;

    /// <summary>Records after the header, from the line breaks in the file: exact unless quoted fields hold some.</summary>
    public int EstimateDataRows()
    {
        var buffer = new byte[81920];
        long lines = 0;
        byte last = 0;
        int read;
        _stream.Position = 0;
        while ((read = _stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        _stream.Position = 0;
        var rows = lines + (last is not (byte)'\n' and not 0 ? 1 : 0);
        return (int)Math.Clamp(rows - 1, 0, int.MaxValue);
    }

    /// <summary>The records in order, the header first; numbered from 1 as a spreadsheet shows them.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        _stream.Position = 0;
        using var reader = new StreamReader(_stream, DetectEncoding(), detectEncodingFromByteOrderMarks: false, bufferSize: 65536, leaveOpen: true);
        var number = 0;
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        var anyInRecord = false;
        int next;
        while ((next = Read(reader)) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (Peek(reader) == '"')
                {
                    reader.Read();
                    cell.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    anyInRecord = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    atFieldStart = true;
                    anyInRecord = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && Peek(reader) == '\n')
                    {
                        reader.Read();
                    }

                    number++;
                    if (anyInRecord || cell.Length > 0)
                    {
                        cells.Add(cell.ToString());
                    }

                    yield return new CsvRecord(number, [.. cells]);
                    cells.Clear();
                    cell.Clear();
                    atFieldStart = true;
                    anyInRecord = false;
                    break;
                default:
                    cell.Append(c); // a quote inside an unquoted field is kept as written
                    atFieldStart = false;
                    anyInRecord = true;
                    break;
            }
        }

        if (anyInRecord || cell.Length > 0 || quoted)
        {
            cells.Add(cell.ToString());
            yield return new CsvRecord(number + 1, [.. cells]);
        }
    }

    public void Dispose() => _stream.Dispose();

    private static int Read(StreamReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (DecoderFallbackException)
        {
            throw new CsvEncodingException();
        }
    }

    private static int Peek(StreamReader reader)
    {
        try
        {
            return reader.Peek();
        }
        catch (DecoderFallbackException)
        {
            throw new CsvEncodingException();
        }
    }

    /// <summary>UTF-8 when the file says so (a byte-order mark) or its first 64 KiB are valid UTF-8; else GB18030. Either decodes strictly.</summary>
    private Encoding DetectEncoding()
    {
        var head = new byte[SniffLength];
        var length = _stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        _stream.Position = 0;
        var bytes = head.AsSpan(0, length);
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            _stream.Position = Encoding.UTF8.Preamble.Length;
            return strictUtf8;
        }

        // The sniffed block may end inside a character: up to three trailing bytes are allowed to be cut.
        for (var cut = 0; cut <= Math.Min(3, bytes.Length); cut++)
        {
            if (Utf8.IsValid(bytes[..^cut]))
            {
                return strictUtf8;
            }

            if (length < head.Length)
            {
                break; // the whole file was read: nothing was cut
            }
        }

        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}

/// <summary>One record of a CSV file: its number (the header is 1) and its cells.</summary>
public readonly record struct CsvRecord(int Number, IReadOnlyList<string?> Cells);

/// <summary>The file is neither UTF-8 nor GB18030.</summary>
public sealed class CsvEncodingException() : Exception("The file is neither UTF-8 nor GB18030.");
