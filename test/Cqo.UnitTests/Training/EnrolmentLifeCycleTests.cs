using Cqo.SharedKernel.Errors;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;

namespace Cqo.UnitTests.Training;

public sealed class EnrolmentLifeCycleTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Eligibility_follows_attendance_and_never_attended_is_a_no_show()
    {
        var sessions = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var attended = Seated();
        attended.Mark(sessions[0], AttendanceMark.Late, AttendanceSource.Grid, s_now);
        var absent = Seated();

        attended.DecideEligibility(50m, minimumPercent: 80);
        absent.DecideEligibility(0m, minimumPercent: 80);

        attended.Status.ShouldBe(EnrolmentStatus.Incomplete);
        absent.Status.ShouldBe(EnrolmentStatus.NoShow);
        attended.DecideEligibility(80m, minimumPercent: 80);
        attended.Status.ShouldBe(EnrolmentStatus.EligibleForExam, "a correction before the first attempt judges again");
    }

    [Fact]
    public void A_fail_with_attempts_left_may_be_retaken_and_the_last_fail_is_final()
    {
        var enrolment = Eligible();

        enrolment.RecordScore(40m, maxAttempts: 2, s_now);
        enrolment.RecordScore(45m, maxAttempts: 2, s_now); // corrects the unpublished attempt
        enrolment.PublishResult(passMark: 60, maxAttempts: 2, s_now).ShouldBeFalse();
        enrolment.Status.ShouldBe(EnrolmentStatus.Failed);
        enrolment.Attempts.Single().Score.ShouldBe(45m);

        enrolment.RecordScore(50m, maxAttempts: 2, s_now);
        enrolment.PublishResult(passMark: 60, maxAttempts: 2, s_now).ShouldBeFalse();

        enrolment.Status.ShouldBe(EnrolmentStatus.FailedFinal);
        Should.Throw<ConflictException>(() => enrolment.RecordScore(90m, maxAttempts: 2, s_now));
    }

    [Fact]
    public void A_published_pass_is_announced_once()
    {
        var enrolment = Eligible();
        enrolment.RecordScore(60m, maxAttempts: 2, s_now);

        enrolment.PublishResult(passMark: 60, maxAttempts: 2, s_now).ShouldBeTrue("the pass mark itself passes");
        enrolment.PublishResult(passMark: 60, maxAttempts: 2, s_now).ShouldBeFalse("nothing left to publish");
        enrolment.Status.ShouldBe(EnrolmentStatus.Passed);
    }

    [Fact]
    public void Only_an_application_or_a_seat_not_yet_taken_up_may_be_withdrawn()
    {
        var enrolment = Eligible();

        Should.Throw<ConflictException>(() => enrolment.Withdraw("改期")).Code.ShouldBe("training.enrolment_state");
        var waiting = Applied();
        waiting.Seat(seatTaken: false, s_now);
        waiting.Status.ShouldBe(EnrolmentStatus.Waitlisted);
        waiting.HoldsSeat.ShouldBeFalse();
        waiting.Withdraw(null);
        waiting.Status.ShouldBe(EnrolmentStatus.Withdrawn);
    }

    private static Enrolment Applied() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new Trainee(Guid.NewGuid(), null, "王质量", null, null, null), EnrolmentChannel.Self);

    private static Enrolment Seated()
    {
        var enrolment = Applied();
        enrolment.Seat(seatTaken: true, s_now);
        return enrolment;
    }

    private static Enrolment Eligible()
    {
        var enrolment = Seated();
        enrolment.Mark(Guid.NewGuid(), AttendanceMark.Present, AttendanceSource.Grid, s_now);
        enrolment.DecideEligibility(100m, minimumPercent: 80);
        return enrolment;
    }
}
