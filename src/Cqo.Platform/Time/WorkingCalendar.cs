using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Time;

/// <summary>
/// Working days in mainland China: Monday to Friday, less public holidays, plus the weekend days
/// declared make-up working days. Deadlines counted in working days are computed here.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workdays;

    public WorkingCalendar(IOptions<WorkingCalendarOptions> options)
    {
        _holidays = options.Value.Holidays.ToFrozenSet();
        _workdays = options.Value.Workdays.ToFrozenSet();
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day)
        || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/>, which itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
