using System.Globalization;
using Cqo.Oversight.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Cqo.Oversight.Application.Annual;

/// <summary>
/// The annual summary as a Word document, the form regulators' reports are drafted in: headline
/// sentences with the change on the year before, the trend table, the district and industry tables,
/// the targets and every figure's definition. Text is set in SimSun for Chinese.
/// </summary>
internal static class AnnualDocument
{
    public static byte[] Write(AnnualSummaryDto summary, CultureInfo culture)
    {
        var english = culture.TwoLetterISOLanguageName == "en";
        string T(string zh, string en) => english ? en : zh;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Heading(T($"{summary.Year}年企业首席质量官工作统计", $"Chief quality officers: the {summary.Year} summary"), 32));
            body.Append(Text(T($"统计截至 {Day(summary.AsOf)}。各项数字的口径见文末“指标说明”。", $"Figures as of {Day(summary.AsOf)}. Each figure's definition is given at the end.")));

            body.Append(Heading(T("一、主要指标", "1. Headline figures"), 26));
            foreach (var headline in summary.Headlines)
            {
                body.Append(Text(Sentence(headline, english)));
            }

            var years = summary.Headlines[0].Years.Select(y => y.Key).ToList();
            body.Append(Table(
                [T("指标", "Figure"), .. years],
                summary.Headlines.Select(h => (IReadOnlyList<string>)[h.Figure.Name, .. h.Values.Select(Number)])));

            body.Append(Heading(T("二、分区统计", "2. By district"), 26));
            body.Append(Breakdown(summary.ByDistrict, summary, T("区", "District")));
            body.Append(Heading(T("三、分行业统计", "3. By industry section"), 26));
            body.Append(Breakdown(summary.ByIndustry, summary, T("行业门类", "Industry section")));

            body.Append(Heading(T("四、目标进展", "4. Targets"), 26));
            body.Append(Table(
                [T("目标", "Target"), T("目标值", "Goal"), T("当前", "Now"), T("完成率", "Reached"), T("截至", "As of")],
                summary.Targets.Select(t => (IReadOnlyList<string>)
                [
                    t.Name, Number(t.Goal) + (t.Kind == TargetKind.Coverage ? "%" : ""),
                    t.Kind == TargetKind.Coverage ? $"{Number(t.Progress.Value)}/{t.Progress.Population}" : Number(t.Progress.Value),
                    $"{Number(t.Progress.Percent)}%", Day(t.Progress.AsOf),
                ])));

            body.Append(Heading(T("指标说明", "Definitions"), 26));
            foreach (var headline in summary.Headlines)
            {
                body.Append(Text($"{headline.Figure.Name}：{headline.Figure.Definition}"));
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static string Sentence(HeadlineDto headline, bool english)
    {
        var figure = headline.Figure;
        var value = Number(headline.Value);
        if (figure.Shape == FigureShape.Distribution)
        {
            return english
                ? $"{figure.Name}: median {value} {figure.Unit}, 90th percentile {Number(headline.P90)}."
                : $"{figure.Name}：中位数 {value} 个{figure.Unit}，第90百分位 {Number(headline.P90)} 个{figure.Unit}。";
        }

        var change = headline.ChangePercent switch
        {
            null => "",
            > 0 => english ? $", up {headline.ChangePercent}% on the year before" : $"，比上年增长 {headline.ChangePercent}%",
            < 0 => english ? $", down {-headline.ChangePercent}% on the year before" : $"，比上年下降 {-headline.ChangePercent}%",
            _ => english ? ", as the year before" : "，与上年持平",
        };
        return english ? $"{figure.Name}: {value} {figure.Unit}{change}." : $"{figure.Name}：{value} {figure.Unit}{change}。";
    }

    private static Table Breakdown(BreakdownDto breakdown, AnnualSummaryDto summary, string dimension)
    {
        var names = breakdown.FigureKeys.Select(k => summary.Headlines.First(h => h.Figure.Key == k).Figure.Name);
        return Table(
            [dimension, .. names],
            breakdown.Rows.Append(breakdown.Total).Select(r => (IReadOnlyList<string>)[r.Label, .. r.Values.Select(Number)]));
    }

    private static string Number(decimal? value) => value?.ToString("#,0.#", CultureInfo.InvariantCulture) ?? "—";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Paragraph Heading(string text, int halfPoints) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }), Run(text, halfPoints, bold: true));

    private static Paragraph Text(string text) => new(new ParagraphProperties(new SpacingBetweenLines { After = "80" }), Run(text, 21, bold: false));

    private static Run Run(string text, int halfPoints, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "SimSun" }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = BorderValues.Single;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 })));
        table.Append(Row(header, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(new Paragraph(Run(c, 20, bold)))));
}
