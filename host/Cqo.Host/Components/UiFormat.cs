using System.Globalization;
using Cqo.SharedKernel.Time;

namespace Cqo.Host.Components;

/// <summary>How the UI writes dates and times: in Asia/Shanghai, the same digits in both languages.</summary>
internal static class UiFormat
{
    /// <summary>Today in Shanghai, whatever the server's own zone.</summary>
    public static DateOnly Today => TimeProvider.System.Today();

    /// <summary>A stored UTC instant as Shanghai wall-clock time to the minute, e.g. <c>2026-03-14 09:30</c>; blank for none.</summary>
    public static string DateTime(DateTimeOffset? utc) => Format(utc, "yyyy-MM-dd HH:mm");

    /// <summary>As <see cref="DateTime"/>, to the second (logs).</summary>
    public static string DateTimeSeconds(DateTimeOffset? utc) => Format(utc, "yyyy-MM-dd HH:mm:ss");

    /// <summary>The Shanghai calendar day of a stored UTC instant, e.g. <c>2026-03-14</c>; blank for none.</summary>
    public static string Day(DateTimeOffset? utc) => Format(utc, "yyyy-MM-dd");

    /// <summary>A calendar day, e.g. <c>2026-03-14</c>; blank for none.</summary>
    public static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Format(DateTimeOffset? utc, string format) =>
        utc?.ToShanghai().ToString(format, CultureInfo.InvariantCulture) ?? "";
}
