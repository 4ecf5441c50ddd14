using Cqo.Platform.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cqo.UnitTests.Time;

public sealed class WorkingCalendarTests
{
    // Part of the 2026 State Council schedule, as configured in appsettings.json.
    private static readonly WorkingCalendar s_calendar = new(Options.Create(new WorkingCalendarOptions
    {
        Holidays = [.. Days(new DateOnly(2026, 2, 15), 9), .. Days(new DateOnly(2026, 10, 1), 7)],
        Workdays = [new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28), new DateOnly(2026, 10, 10)],
    }));

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    public void Weekends_are_days_off(string day) =>
        s_calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();

    [Fact]
    public void An_ordinary_weekday_is_a_working_day() =>
        s_calendar.IsWorkingDay(new DateOnly(2026, 3, 9)).ShouldBeTrue();

    [Fact]
    public void A_weekday_holiday_is_a_day_off() =>
        s_calendar.IsWorkingDay(new DateOnly(2026, 10, 2)).ShouldBeFalse();

    [Fact]
    public void A_make_up_Saturday_is_a_working_day() =>
        s_calendar.IsWorkingDay(new DateOnly(2026, 2, 28)).ShouldBeTrue();

    [Fact]
    public void Five_working_days_after_the_Friday_before_the_Spring_Festival_skip_the_holiday()
    {
        // Sat 14 Feb is worked, Sun 15 to Mon 23 Feb are off, then Tue 24 to Fri 27 Feb.
        s_calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 5).ShouldBe(new DateOnly(2026, 2, 27));
    }

    [Fact]
    public void Adding_working_days_does_not_count_the_start()
    {
        s_calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 0).ShouldBe(new DateOnly(2026, 3, 9));
        s_calendar.AddWorkingDays(new DateOnly(2026, 3, 13), 1).ShouldBe(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void Adding_negative_working_days_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => s_calendar.AddWorkingDays(new DateOnly(2026, 3, 9), -1));

    [Fact]
    public void Working_days_between_count_after_the_start_up_to_and_including_the_end()
    {
        // February 2026: 20 weekdays, 6 of them in the festival, plus the two make-up Saturdays.
        s_calendar.WorkingDaysBetween(new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28)).ShouldBe(16);
        s_calendar.WorkingDaysBetween(new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10)).ShouldBe(1);
    }

    [Fact]
    public void Working_days_between_are_zero_unless_the_end_is_later()
    {
        s_calendar.WorkingDaysBetween(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10)).ShouldBe(0);
        s_calendar.WorkingDaysBetween(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9)).ShouldBe(0);
    }

    [Fact]
    public void Adding_and_counting_agree()
    {
        var start = new DateOnly(2026, 9, 24);
        var end = s_calendar.AddWorkingDays(start, 12);

        s_calendar.WorkingDaysBetween(start, end).ShouldBe(12);
    }

    [Fact]
    public void Iso_dates_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WorkingCalendar:Holidays:0"] = "2026-01-01",
            ["WorkingCalendar:Workdays:0"] = "2026-01-04",
        }).Build();

        var options = configuration.GetSection(WorkingCalendarOptions.Section).Get<WorkingCalendarOptions>()!;

        options.Holidays.ShouldBe([new DateOnly(2026, 1, 1)]);
        options.Workdays.ShouldBe([new DateOnly(2026, 1, 4)]);
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, int count) => Enumerable.Range(0, count).Select(first.AddDays);
}
