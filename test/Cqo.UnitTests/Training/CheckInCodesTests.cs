using Cqo.Training.Application.Attendance;

namespace Cqo.UnitTests.Training;

public sealed class CheckInCodesTests
{
    private static readonly string s_secret = Convert.ToBase64String([.. Enumerable.Range(1, 20).Select(i => (byte)i)]);
    private static readonly DateTimeOffset s_noon = new(2026, 12, 1, 4, 0, 30, TimeSpan.Zero);

    [Fact]
    public void A_code_is_six_digits_and_changes_every_minute()
    {
        var code = CheckInCodes.At(s_secret, s_noon);

        code.ShouldMatch("^[0-9]{6}$");
        CheckInCodes.At(s_secret, s_noon.AddSeconds(20)).ShouldBe(code, "the same minute");
        Enumerable.Range(1, 5).Select(m => CheckInCodes.At(s_secret, s_noon.AddMinutes(m))).ShouldNotContain(code);
    }

    [Fact]
    public void A_code_is_accepted_in_its_minute_and_the_next_and_not_after()
    {
        var code = CheckInCodes.At(s_secret, s_noon);

        CheckInCodes.Accepts(s_secret, code, s_noon).ShouldBeTrue();
        CheckInCodes.Accepts(s_secret, $" {code} ", s_noon.AddSeconds(60)).ShouldBeTrue("typed as it turns, with stray spaces");
        CheckInCodes.Accepts(s_secret, code, s_noon.AddMinutes(2)).ShouldBeFalse();
        CheckInCodes.ValidUntil(s_noon).ShouldBe(new DateTimeOffset(2026, 12, 1, 4, 2, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Another_session_has_other_codes()
    {
        var other = Convert.ToBase64String([.. Enumerable.Range(101, 20).Select(i => (byte)i)]);

        CheckInCodes.Accepts(other, CheckInCodes.At(s_secret, s_noon), s_noon).ShouldBeFalse();
    }
}
