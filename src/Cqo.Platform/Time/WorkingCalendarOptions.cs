namespace Cqo.Platform.Time;

/// <summary>
/// The <c>WorkingCalendar</c> section: the State Council's holiday schedule, published each year, so
/// the calendar changes by configuration rather than by release.
/// </summary>
public sealed class WorkingCalendarOptions
{
    public const string Section = "WorkingCalendar";

    /// <summary>Days off by law; a holiday that falls on a weekend changes nothing.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Make-up working days (调休): weekend days worked to lengthen a holiday.</summary>
    public List<DateOnly> Workdays { get; set; } = [];
}
