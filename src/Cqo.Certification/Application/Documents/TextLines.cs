using PdfSharp.Drawing;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// Breaks text into lines that fit a width. Chinese breaks between any two characters; a run of
/// Latin letters or digits (a course code, a URL part) moves to the next line whole when it fits there.
/// </summary>
internal static class TextLines
{
    private const string Opening = "《（“‘「【〔";
    private const string Closing = "，。、；：！？）》”’」】〕";

    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            if (graphics.MeasureString(line + token, font).Width <= width)
            {
                line += token;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line.TrimEnd());
            }

            line = token.TrimStart();
            while (line.Length > 1 && graphics.MeasureString(line, font).Width > width)
            {
                // A word longer than a line is cut where it must be.
                var fits = Fitting(graphics, line, font, width);
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }

        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line.TrimEnd());
        }

        return lines;
    }

    /// <summary>The largest size, from <paramref name="size"/> down to <paramref name="minimum"/>, at which the text takes at most <paramref name="maxLines"/> lines.</summary>
    public static (XFont Font, List<string> Lines) Fit(XGraphics graphics, string text, Func<double, XFont> font, double size, double minimum, double width, int maxLines)
    {
        while (true)
        {
            var current = font(size);
            var lines = Wrap(graphics, text, current, width);
            if (lines.Count <= maxLines || size - 1 < minimum)
            {
                return (current, lines);
            }

            size--;
        }
    }

    private static int Fitting(XGraphics graphics, string text, XFont font, double width)
    {
        var fits = 1;
        while (fits < text.Length && graphics.MeasureString(text[..(fits + 1)], font).Width <= width)
        {
            fits++;
        }

        return fits;
    }

    // A token is a run of Latin letters and digits (with what sticks to them, as in a URL) or one
    // other character, Chinese included. Closing punctuation stays with what it closes and opening
    // punctuation with what it opens, so no line starts with "，" or ends with "《".
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && Opening.Contains(text[end]))
            {
                end++;
            }

            end = EndOfUnit(text, end);
            while (end < text.Length && Closing.Contains(text[end]))
            {
                end++;
            }

            yield return text[start..end];
            start = end;
        }
    }

    private static int EndOfUnit(string text, int start)
    {
        if (start >= text.Length)
        {
            return start;
        }

        var end = start + 1;
        if (IsWordCharacter(text[start]))
        {
            while (end < text.Length && IsWordCharacter(text[end]))
            {
                end++;
            }
        }
        else if (char.IsHighSurrogate(text[start]) && end < text.Length)
        {
            end++;
        }

        return end;
    }

    private static bool IsWordCharacter(char c) => c < 0x2000 && !char.IsWhiteSpace(c);
}
