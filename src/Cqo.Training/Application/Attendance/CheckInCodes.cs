using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Cqo.Training.Application.Attendance;

/// <summary>
/// A session's rotating check-in code: six digits from an HMAC of the session's secret and the
/// current minute (RFC 4226's truncation), so a code photographed and passed on stops working soon.
/// A code is accepted during its minute and the next, for trainees typing it as it turns.
/// </summary>
internal static class CheckInCodes
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    public static string At(string secret, DateTimeOffset time) => Code(secret, WindowOf(time));

    /// <summary>When a code shown at <paramref name="time"/> stops being accepted.</summary>
    public static DateTimeOffset ValidUntil(DateTimeOffset time) => DateTimeOffset.UnixEpoch + (Step * (WindowOf(time) + 2));

    public static bool Accepts(string secret, string code, DateTimeOffset time)
    {
        var window = WindowOf(time);
        return Same(Code(secret, window), code) || Same(Code(secret, window - 1), code);
    }

    private static long WindowOf(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / Step.Ticks;

    private static string Code(string secret, long window)
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, window);
        var hash = HMACSHA256.HashData(Convert.FromBase64String(secret), message);
        var offset = hash[^1] & 0x0f;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Same(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(given.Trim()));
}
