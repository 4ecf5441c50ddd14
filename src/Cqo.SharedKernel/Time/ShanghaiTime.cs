namespace Cqo.SharedKernel.Time;

/// <summary>
/// Times are stored in UTC and shown, scheduled and reasoned about in Asia/Shanghai (UTC+8, no
/// daylight saving). Falls back to a fixed +8 zone where the machine has no tz database.
/// </summary>
public static class ShanghaiTime
{
    public const string ZoneId = "Asia/Shanghai";

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToShanghai(this DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>The calendar day in Shanghai at the given instant, which is what "today" means to users.</summary>
    public static DateOnly Today(this TimeProvider clock) => clock.GetUtcNow().ToShanghaiDate();

    /// <summary>The Shanghai calendar day of an instant.</summary>
    public static DateOnly ToShanghaiDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToShanghai().DateTime);

    /// <summary>The instant a Shanghai calendar day begins, for date-range filters over stored UTC times.</summary>
    public static DateTimeOffset StartOfShanghaiDay(this DateOnly day) => day.AtShanghaiTime(TimeOnly.MinValue);

    /// <summary>The instant of a Shanghai wall-clock time on a Shanghai calendar day, in UTC.</summary>
    public static DateTimeOffset AtShanghaiTime(this DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>
    /// Whole microseconds, the finest time PostgreSQL keeps, so a stored time reads back equal on
    /// every provider.
    /// </summary>
    public static DateTimeOffset ToStoragePrecision(this DateTimeOffset time) =>
        time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
