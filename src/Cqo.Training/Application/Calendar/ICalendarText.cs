using System.Globalization;
using System.Text;

namespace Cqo.Training.Application.Calendar;

/// <summary>
/// Writes iCalendar (RFC 5545) content lines: values escaped, times in UTC, lines folded at 75
/// octets without splitting a UTF-8 character (Chinese text is three octets a character), CRLF ends.
/// </summary>
internal sealed class ICalendarText
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    public ICalendarText Line(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    /// <summary>A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11).</summary>
    public ICalendarText Text(string name, string value) => Line(name, Escape(value));

    public ICalendarText Time(string name, DateTimeOffset value) =>
        Line(name, value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => _text.ToString();

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Continuation lines start with one space, which counts towards their 75 octets.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }

            _text.Append(rune.ToString());
            octets += size;
        }

        _text.Append("\r\n");
    }
}
