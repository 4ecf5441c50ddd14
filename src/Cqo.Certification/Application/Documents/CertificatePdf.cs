using Cqo.Certification.Contracts;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// The printable certificate: one A4 landscape page, Chinese first, with a QR code to the public check.
/// Safe to share: every call draws its own document, and the font is loaded once per process.
/// </summary>
internal sealed class CertificatePdf
{
    // A4 landscape in points.
    private const double PageWidth = 841.89;
    private const double PageHeight = 595.28;
    private const double ContentWidth = 600;
    private const double QrSize = 100;
    private const double QrLeft = 680;
    private const double QrTop = 388;
    private const double QrTextWidth = 150;

    private static readonly XColor s_red = XColor.FromArgb(158, 27, 27);
    private static readonly XSolidBrush s_redBrush = new(s_red);
    private static readonly XSolidBrush s_greyBrush = new(XColor.FromArgb(90, 90, 90));
    private static readonly XSolidBrush s_stampBrush = new(XColor.FromArgb(48, 200, 0, 0));

    // Unicode encoding writes a ToUnicode map, so the text can be searched and copied from the file;
    // only the glyphs used are embedded, which keeps a certificate at tens of kilobytes.
    private static readonly XPdfFontOptions s_fontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly string _family;

    public CertificatePdf(IOptions<DocumentOptions> options)
    {
        var path = options.Value.FontPath;
        _family = CertificateFonts.Family(path);

        // Reads the font now, so a file that is no font, or a font without Chinese, fails at start
        // rather than as empty boxes on the first certificate printed.
        var font = Font(10);
        var missing = CertificateWording.Title.Where(c => GlyphHelper.GlyphIndexFromCodePoint(c, font) == 0).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException(
                $"{DocumentOptions.FontPathSetting}: the font '{path}' has no glyphs for '{new string(missing)}'. Certificates need a font with Chinese glyphs, such as WenQuanYi Micro Hei.");
        }
    }

    public byte[] Render(CertificateDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        // A phone scanning the code needs a web address; on Linux "/verify/..." would pass as an absolute file URI.
        if (!Uri.TryCreate(document.VerificationUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"The verification address must be an absolute http(s) address: '{document.VerificationUrl}'.", nameof(document));
        }

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{CertificateWording.Title} {document.Number}";
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Draw(graphics, document);
        }

        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    private void Draw(XGraphics graphics, CertificateDocument document)
    {
        Frame(graphics);
        if (document.Status != CertificateStatus.Valid)
        {
            Stamp(graphics, CertificateWording.Stamp(document.Status));
        }

        Centred(graphics, CertificateWording.Title, Font(32), s_redBrush, 68);
        Centred(graphics, CertificateWording.TitleEnglish, Font(11), s_greyBrush, 114);
        if (CertificateWording.StatusLine(document.Status) is { } status)
        {
            Centred(graphics, status, Font(16), s_redBrush, 140);
        }

        var (nameFont, nameLines) = TextLines.Fit(graphics, document.HolderName, Font, 30, 16, ContentWidth, 1);
        var y = Lines(graphics, nameLines, nameFont, XBrushes.Black, 176, 38);
        if (!string.IsNullOrWhiteSpace(document.IdNumberMasked))
        {
            Centred(graphics, $"{CertificateWording.IdNumberLabel}：{document.IdNumberMasked}", Font(12), s_greyBrush, y + 4);
        }

        var (bodyFont, bodyLines) = TextLines.Fit(graphics, CertificateWording.Completed(document.CourseTitle), Font, 17, 11, ContentWidth, 3);
        y = Lines(graphics, bodyLines, bodyFont, XBrushes.Black, 262, bodyFont.Size * 1.6);
        Centred(graphics, CertificateWording.CompletedEnglish, Font(10), s_greyBrush, y + 4);

        Particulars(graphics, document);
        Issuer(graphics, document.IssuerName);
        Verification(graphics, document.VerificationUrl);
    }

    private static void Frame(XGraphics graphics)
    {
        graphics.DrawRectangle(new XPen(s_red, 2.5), 22, 22, PageWidth - 44, PageHeight - 44);
        graphics.DrawRectangle(new XPen(s_red, 0.75), 30, 30, PageWidth - 60, PageHeight - 60);
    }

    /// <summary>A large faint word across the page: a photocopy or a cut-off status line still shows it.</summary>
    private void Stamp(XGraphics graphics, string word)
    {
        var state = graphics.Save();
        graphics.RotateAtTransform(-25, new XPoint(PageWidth / 2, PageHeight / 2));
        graphics.DrawString(word, Font(150), s_stampBrush, new XRect(0, 0, PageWidth, PageHeight), XStringFormats.Center);
        graphics.Restore(state);
    }

    private void Particulars(XGraphics graphics, CertificateDocument document)
    {
        const double labelLeft = 80;
        const double valueLeft = 226;
        var rows = new[]
        {
            (CertificateWording.NumberLabel, document.Number),
            (CertificateWording.IssuedOnLabel, CertificateWording.Date(document.IssuedOn)),
            (CertificateWording.ValidUntilLabel, document.ValidUntil is { } last ? CertificateWording.Date(last) : CertificateWording.NoEnd),
        };

        var y = 408.0;
        foreach (var (label, value) in rows)
        {
            graphics.DrawString(label, Font(10), s_greyBrush, labelLeft, y + 1);
            graphics.DrawString(value, Font(13), XBrushes.Black, valueLeft, y);
            y += 28;
        }
    }

    private void Issuer(XGraphics graphics, string issuerName)
    {
        const double left = 420;
        const double width = 230;
        graphics.DrawString(CertificateWording.IssuerLabel, Font(10), s_greyBrush, new XRect(left, 396, width, 14), XStringFormats.TopCenter);
        var (font, lines) = TextLines.Fit(graphics, issuerName, Font, 15, 10, width, 2);
        var y = 418.0;
        foreach (var line in lines)
        {
            graphics.DrawString(line, font, XBrushes.Black, new XRect(left, y, width, font.Size * 1.4), XStringFormats.TopCenter);
            y += font.Size * 1.4;
        }
    }

    private void Verification(XGraphics graphics, string url)
    {
        QrCodeDrawing.Draw(graphics, url, new XRect(QrLeft, QrTop, QrSize, QrSize));
        var left = QrLeft + (QrSize / 2) - (QrTextWidth / 2);
        graphics.DrawString(CertificateWording.ScanToVerify, Font(9), XBrushes.Black, new XRect(left, QrTop + QrSize + 2, QrTextWidth, 12), XStringFormats.TopCenter);
        var font = Font(6.5);
        var y = QrTop + QrSize + 16;
        foreach (var line in TextLines.Wrap(graphics, url, font, QrTextWidth).Take(4))
        {
            graphics.DrawString(line, font, s_greyBrush, new XRect(left, y, QrTextWidth, 9), XStringFormats.TopCenter);
            y += 8.5;
        }
    }

    /// <summary>Draws lines centred on the page from <paramref name="top"/>; returns where the next line starts.</summary>
    private static double Lines(XGraphics graphics, List<string> lines, XFont font, XBrush brush, double top, double lineHeight)
    {
        foreach (var line in lines)
        {
            Centred(graphics, line, font, brush, top);
            top += lineHeight;
        }

        return top;
    }

    private static void Centred(XGraphics graphics, string text, XFont font, XBrush brush, double top) =>
        graphics.DrawString(text, font, brush, new XRect(0, top, PageWidth, font.Size * 1.4), XStringFormats.TopCenter);

    private XFont Font(double size) => new(_family, size, XFontStyleEx.Regular, s_fontOptions);
}
