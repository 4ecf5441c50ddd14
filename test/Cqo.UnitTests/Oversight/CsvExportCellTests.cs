using Cqo.Oversight.Application.Exports;

namespace Cqo.UnitTests.Oversight;

/// <summary>CSV cells as RFC 4180 quotes them, with text that a spreadsheet would run as a formula defused.</summary>
public sealed class CsvExportCellTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 21", "'+86 21")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Text_is_quoted_when_needed_and_formulas_get_an_apostrophe(string text, string cell) =>
        CsvExportWriter.Cell(text).ShouldBe(cell);

    [Fact]
    public void Numbers_stay_numbers_and_instants_are_shanghai_time()
    {
        CsvExportWriter.Cell(-5).ShouldBe("-5");
        CsvExportWriter.Cell(12.5m).ShouldBe("12.5");
        CsvExportWriter.Cell(null).ShouldBe("");
        CsvExportWriter.Cell(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)).ShouldBe("2027-01-01 00:00:00");
    }
}
