using System.Text;
using Cqo.Training.Application.Calendar;

namespace Cqo.UnitTests.Training;

public sealed class ICalendarTextTests
{
    [Fact]
    public void Long_chinese_lines_fold_at_75_octets_without_splitting_a_character()
    {
        var title = string.Concat(Enumerable.Repeat("企业首席质量官任职培训", 6));
        var text = new ICalendarText().Text("SUMMARY", title).ToString();

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBeGreaterThan(2);
        lines.ShouldAllBe(l => Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Skip(1).ShouldAllBe(l => l.StartsWith(' '));
        string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])).ShouldBe("SUMMARY:" + title, "unfolding gives the value back");
    }

    [Fact]
    public void Text_values_escape_what_rfc_5545_reserves()
    {
        ICalendarText.Escape("第一教室, 3楼; 路径 a\\b\n第二行").ShouldBe("第一教室\\, 3楼\\; 路径 a\\\\b\\n第二行");
    }

    [Fact]
    public void Times_are_written_in_utc()
    {
        var text = new ICalendarText().Time("DTSTART", new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(8))).ToString();
        text.ShouldBe("DTSTART:20270104T010000Z\r\n");
    }
}
