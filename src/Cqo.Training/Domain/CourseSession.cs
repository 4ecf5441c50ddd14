using System.Security.Cryptography;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>
/// One module taught by one trainer in one sitting. Stored as UTC instants, entered and shown as
/// Shanghai wall-clock times. <see cref="Sequence"/> counts its changes, for calendar clients
/// (iCalendar SEQUENCE), and its id is its calendar UID.
/// </summary>
internal sealed class CourseSession
{
    public CourseSession(Guid id, SessionSlot slot)
    {
        Id = id;
        CheckInSecret = NewCheckInSecret();
        Apply(slot);
    }

    private CourseSession() { }

    public Guid Id { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string ModuleCode { get; private set; } = "";

    public Guid TrainerId { get; private set; }

    public string? Venue { get; private set; }

    public string? OnlineLink { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>The key of the session's rotating check-in code (<c>CheckInCodes</c>); never shown.</summary>
    public string CheckInSecret { get; private set; } = "";

    public DateOnly Date => StartsAt.ToShanghaiDate();

    /// <summary>Whole minutes (times are entered to the minute), so that hours add up exactly.</summary>
    public int Minutes => Slot.MinutesOf(StartsAt, EndsAt);

    /// <summary>Gives a session saved before check-in codes existed its secret; false when it had one.</summary>
    public bool EnsureCheckInSecret()
    {
        if (CheckInSecret.Length > 0)
        {
            return false;
        }

        CheckInSecret = NewCheckInSecret();
        return true;
    }

    public void Reschedule(SessionSlot slot)
    {
        Apply(slot);
        Sequence++;
    }

    public SessionDto ToDto()
    {
        var start = StartsAt.ToShanghai();
        return new(Id, DateOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(EndsAt.ToShanghai().DateTime),
            ModuleCode, TrainerId, Venue, OnlineLink, Sequence);
    }

    private static string NewCheckInSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(20));

    private void Apply(SessionSlot slot)
    {
        StartsAt = slot.StartsAt;
        EndsAt = slot.EndsAt;
        ModuleCode = slot.ModuleCode;
        TrainerId = slot.TrainerId;
        Venue = slot.Venue;
        OnlineLink = slot.OnlineLink;
    }
}

/// <summary>A session's time, module, trainer and place, before or after the checks.</summary>
internal sealed record SessionSlot(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string ModuleCode, Guid TrainerId, string? Venue, string? OnlineLink)
{
    public int Minutes => Slot.MinutesOf(StartsAt, EndsAt);
}

internal static class Slot
{
    public static int MinutesOf(DateTimeOffset start, DateTimeOffset end) => (int)((end - start).Ticks / TimeSpan.TicksPerMinute);

    /// <summary>A course's hours for a module (whole half hours) in minutes.</summary>
    public static int MinutesOf(decimal hours) => (int)(hours * 60);

    public static decimal HoursOf(int minutes) => Math.Round(minutes / 60m, 2);
}
