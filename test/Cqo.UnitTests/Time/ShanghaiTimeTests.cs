using Cqo.SharedKernel.Time;
using Microsoft.Extensions.Time.Testing;

namespace Cqo.UnitTests.Time;

public sealed class ShanghaiTimeTests
{
    [Fact]
    public void Today_is_the_Shanghai_calendar_day_not_the_UTC_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        clock.Today().ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void Shanghai_is_eight_hours_ahead_all_year()
    {
        new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero).ToShanghai().Offset.ShouldBe(TimeSpan.FromHours(8));
        new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToShanghai().Offset.ShouldBe(TimeSpan.FromHours(8));
    }
}
