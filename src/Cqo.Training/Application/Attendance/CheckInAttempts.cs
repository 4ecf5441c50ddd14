using System.Threading.RateLimiting;
using Cqo.SharedKernel.Errors;

namespace Cqo.Training.Application.Attendance;

/// <summary>
/// Ten check-in codes a minute per trainee, whether typed in the UI or sent to the API: six digits
/// that change every minute cannot be guessed at that pace. Counted per host (a singleton).
/// </summary>
internal sealed class CheckInAttempts : IDisposable
{
    public const int PerMinute = 10;

    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Take(Guid userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        if (!lease.IsAcquired)
        {
            throw new TooManyRequestsException(new ErrorMessage("Training:CheckInTooOften", PerMinute));
        }
    }

    public void Dispose() => _limiter.Dispose();
}
