using System.Text;
using Cqo.Registry.Application.Imports.Reading;

namespace Cqo.UnitTests.Registry;

public sealed class ImportReadingTests
{
    [Fact]
    public void Csv_fields_may_be_quoted_hold_commas_quotes_and_line_breaks_and_rows_keep_their_numbers()
    {
        var rows = Read("名称,地址\r\n\"甲, 乙\",\"第一行\n第二行\"\r\n\r\n\"他说\"\"好\"\"\",末行");

        rows.Select(r => r.Number).ShouldBe([1, 2, 3, 4]);
        rows[1].Cells.ShouldBe(["甲, 乙", "第一行\n第二行"]);
        rows[2].Cells.ShouldBeEmpty();
        rows[3].Cells.ShouldBe(["他说\"好\"", "末行"]);
    }

    [Fact]
    public void Csv_in_UTF8_with_or_without_a_byte_order_mark_and_in_GBK_reads_alike()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "企业名称,所在区\n上海质量科技有限公司,浦东新区\n";

        var withMark = Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);
        var withoutMark = Read(Encoding.UTF8.GetBytes(text));
        var gbk = Read(Encoding.GetEncoding("GB18030").GetBytes(text));

        withMark[1].Cells.ShouldBe(["上海质量科技有限公司", "浦东新区"]);
        withoutMark[1].Cells.ShouldBe(withMark[1].Cells);
        gbk[1].Cells.ShouldBe(withMark[1].Cells);
        withMark[0].Cells[0].ShouldBe("企业名称", "the byte-order mark is not part of the first header");
    }

    [Fact]
    public void Csv_that_starts_as_UTF8_and_turns_invalid_is_refused_as_undecodable()
    {
        var bytes = Encoding.UTF8.GetBytes("名称\n" + new string('a', 70_000) + "\n").Append((byte)0xFF).Append((byte)'\n').ToArray();

        var error = Should.Throw<ImportFileException>(() => Read(bytes));

        error.MessageKey.ShouldBe("Registry:Import.CsvEncoding");
    }

    [Fact]
    public void Csv_row_estimate_counts_line_breaks()
    {
        using var source = new CsvRowSource(new MemoryStream(Encoding.UTF8.GetBytes("h\n1\n2\n3")));

        source.EstimateDataRows().ShouldBe(3);
    }

    [Theory]
    [InlineData(310115d, "310115")]
    [InlineData(34d, "34")]
    [InlineData(3.5d, "3.5")]
    [InlineData(110105194912310021d, "1.10105E+017")]
    [InlineData(true, "TRUE")]
    public void Workbook_cells_read_as_the_text_a_user_sees(object value, string text) =>
        XlsxRowSource.Text(value).ShouldBe(text);

    private static List<RawRow> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static List<RawRow> Read(byte[] bytes)
    {
        using var source = new CsvRowSource(new MemoryStream(bytes));
        return [.. source.ReadRows()];
    }
}
