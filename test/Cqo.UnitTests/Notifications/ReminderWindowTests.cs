using Cqo.Notifications.Contracts;

namespace Cqo.UnitTests.Notifications;

public sealed class ReminderWindowTests
{
    private static readonly DateOnly s_today = new(2026, 11, 27);

    [Fact]
    public void Without_catch_up_a_reminder_before_an_event_is_due_only_on_its_day()
    {
        var window = new ReminderWindow(s_today, [90, 30, 7, 0], 0, ReminderAudience.Holder);
        window.EventDaysBefore().ShouldBe([s_today, s_today.AddDays(7), s_today.AddDays(30), s_today.AddDays(90)]);
        window.OffsetBefore(s_today.AddDays(30)).ShouldBe(30);
        window.OffsetBefore(s_today.AddDays(31)).ShouldBeNull();
        window.OffsetBefore(s_today).ShouldBe(0);
    }

    [Fact]
    public void A_host_down_for_days_sends_the_latest_reminder_it_missed_not_every_one()
    {
        // Offsets 7 and 5, three days of catch-up: an event five days ahead matches both; the nearer one wins.
        var window = new ReminderWindow(s_today, [7, 5], 3, ReminderAudience.Holder);
        window.OffsetBefore(s_today.AddDays(5)).ShouldBe(5);
        window.OffsetBefore(s_today.AddDays(7)).ShouldBe(7);
        window.OffsetBefore(s_today.AddDays(4)).ShouldBe(5);
        window.OffsetBefore(s_today.AddDays(1)).ShouldBeNull();
    }

    [Fact]
    public void After_an_event_the_latest_offset_reached_in_the_window_is_due()
    {
        var window = new ReminderWindow(s_today, [0, 7, 14], 3, ReminderAudience.Enterprise);
        window.EventDaysAfter().ShouldContain(s_today.AddDays(-14));
        window.EventDaysAfter().ShouldContain(s_today.AddDays(-3));
        window.OffsetAfter(s_today.AddDays(-7)).ShouldBe(7);
        window.OffsetAfter(s_today.AddDays(-2)).ShouldBe(0);
        window.OffsetAfter(s_today.AddDays(-5)).ShouldBeNull();
        window.InWindow(s_today.AddDays(-3)).ShouldBeTrue();
        window.InWindow(s_today.AddDays(-4)).ShouldBeFalse();
        window.InWindow(s_today.AddDays(1)).ShouldBeFalse();
    }
}
