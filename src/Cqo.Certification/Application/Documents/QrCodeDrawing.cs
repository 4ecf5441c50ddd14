using PdfSharp.Drawing;
using QRCoder;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// Draws a QR code as vector shapes: it stays sharp at any print size and needs no imaging library.
/// </summary>
internal static class QrCodeDrawing
{
    /// <summary>Draws <paramref name="text"/> into the square at the top left of <paramref name="area"/>, quiet zone included.</summary>
    public static void Draw(XGraphics graphics, string text, XRect area)
    {
        // M recovers from 15% damage: enough for a creased or stamped paper, and still a small code.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = Math.Min(area.Width, area.Height) / matrix.Count;

        // One path of all dark runs, filled once: separate squares leave hairline gaps in some viewers.
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                path.AddRectangle(area.X + (start * module), area.Y + (row * module), (column - start) * module, module);
            }
        }

        graphics.DrawPath(XBrushes.Black, path);
    }
}
