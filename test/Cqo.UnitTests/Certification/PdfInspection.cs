using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Cqo.UnitTests.Certification;

/// <summary>
/// Reads a rendered certificate back the way a viewer does: its fonts, and its text through each
/// font's ToUnicode map. Text that reads back came out of glyphs the embedded font really has.
/// </summary>
internal static partial class PdfInspection
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>Each font of the first page: whether its font file is embedded, and the characters its glyphs map to.</summary>
    public static List<(string Name, bool Embedded, Dictionary<int, string> ToUnicode)> Fonts(byte[] pdf)
    {
        using var document = Open(pdf);
        var fonts = document.Pages[0].Resources.Elements.GetDictionary("/Font") ?? new PdfDictionary();
        return fonts.Elements.Keys.Select(key =>
        {
            var font = fonts.Elements.GetDictionary(key)!;
            var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0) ?? font;
            var descriptor = descendant.Elements.GetDictionary("/FontDescriptor");
            var embedded = descriptor is not null && (descriptor.Elements.ContainsKey("/FontFile2") || descriptor.Elements.ContainsKey("/FontFile3"));
            var map = font.Elements.GetDictionary("/ToUnicode")?.Stream.UnfilteredValue ?? [];
            return (key, embedded, ToUnicode(Encoding.ASCII.GetString(map)));
        }).ToList();
    }

    /// <summary>The page's text, one drawn string a line.</summary>
    public static string Text(byte[] pdf)
    {
        var glyphs = Fonts(pdf).SelectMany(f => f.ToUnicode).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        using var document = Open(pdf);
        var text = new StringBuilder();
        Collect(ContentReader.ReadContent(document.Pages[0]), glyphs, text);
        return text.ToString();
    }

    private static void Collect(CSequence sequence, Dictionary<int, string> glyphs, StringBuilder text)
    {
        foreach (var item in sequence)
        {
            if (item is CSequence inner)
            {
                Collect(inner, glyphs, text);
            }
            else if (item is COperator { OpCode.Name: "Tj" } show && show.Operands[0] is CString drawn)
            {
                // The fonts are Identity-H: two bytes a glyph, one char a byte in CString.Value.
                var codes = drawn.Value;
                for (var i = 0; i + 1 < codes.Length; i += 2)
                {
                    text.Append(glyphs.GetValueOrDefault((codes[i] << 8) | codes[i + 1], "\uFFFD"));
                }

                text.Append('\n');
            }
        }
    }

    /// <summary>Glyph to text, from the <c>bfchar</c> and <c>bfrange</c> entries; glyph 0 (missing) maps nothing.</summary>
    private static Dictionary<int, string> ToUnicode(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match range in Sections("bfrange").Matches(cmap).SelectMany(s => Range().Matches(s.Groups[1].Value)))
        {
            var (low, high, first) = (Hex(range.Groups[1].Value), Hex(range.Groups[2].Value), Hex(range.Groups[3].Value));
            for (var glyph = low; glyph <= high; glyph++)
            {
                map[glyph] = char.ConvertFromUtf32(first + glyph - low);
            }
        }

        foreach (Match single in Sections("bfchar").Matches(cmap).SelectMany(s => Pair().Matches(s.Groups[1].Value)))
        {
            map[Hex(single.Groups[1].Value)] = char.ConvertFromUtf32(Hex(single.Groups[2].Value));
        }

        map.Remove(0);
        return map;
    }

    private static Regex Sections(string kind) => new($@"begin{kind}(.*?)end{kind}", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    // <first glyph> <last glyph> <text of the first>
    [GeneratedRegex(@"<([0-9A-Fa-f]{2,4})>\s*<([0-9A-Fa-f]{2,4})>\s*<([0-9A-Fa-f]{4,6})>")]
    private static partial Regex Range();

    // <glyph> <text>
    [GeneratedRegex(@"<([0-9A-Fa-f]{2,4})>\s*<([0-9A-Fa-f]{4,6})>")]
    private static partial Regex Pair();
}
