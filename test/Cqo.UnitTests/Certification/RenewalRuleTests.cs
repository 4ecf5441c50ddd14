using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.SharedKernel.Time;

namespace Cqo.UnitTests.Certification;

public sealed class RenewalRuleTests
{
    private static readonly RenewalRule s_rule = new(24m, 90, 180);
    private static readonly DateOnly s_issuedOn = new(2026, 3, 16);
    private static readonly DateOnly s_lastDay = new(2029, 3, 15);

    [Theory]
    [InlineData(-91, 24, "Certification:RenewalTooEarly")]
    [InlineData(-90, 24, null)]
    [InlineData(0, 24, null)]
    [InlineData(180, 24, null)]
    [InlineData(181, 24, "Certification:RenewalTooLate")]
    [InlineData(0, 23.5, "Certification:RenewalHoursShort")]
    [InlineData(-90, 23.5, "Certification:RenewalHoursShort")]
    public void The_window_and_the_hours_decide_at_their_edges(int daysFromLastDay, double hours, string? blocker)
    {
        (s_rule.Blocker(Issue(), (decimal)hours, s_lastDay.AddDays(daysFromLastDay))?.Key).ShouldBe(blocker);
    }

    [Fact]
    public void An_expired_certificate_renews_in_the_window_and_a_revoked_or_endless_one_never()
    {
        var expired = Issue();
        expired.Expire(s_lastDay.AddDays(1), s_lastDay.AddDays(1).StartOfShanghaiDay());
        s_rule.Blocker(expired, 24m, s_lastDay.AddDays(30)).ShouldBeNull();

        var revoked = Issue();
        revoked.Revoke("弄虚作假", null, s_lastDay.StartOfShanghaiDay(), new Actor(null, null));
        s_rule.Blocker(revoked, 100m, s_lastDay)!.Key.ShouldBe("Certification:RenewalStatus");

        s_rule.Blocker(Issue(endless: true), 100m, s_lastDay)!.Key.ShouldBe("Certification:RenewalNoEnd");
    }

    private static Certificate Issue(bool endless = false) => new(
        Guid.NewGuid(),
        new CertificateSlot(new CertificateNumber(2026, "310115", 1), 0),
        new CertificateHolder("李四", null, Guid.NewGuid(), null, null, "310115"),
        new CertifiedCourse(null, null, null, null, "上海市市场监督管理局"),
        new CertificateTerms(s_issuedOn, endless ? null : s_lastDay, CertificateOrigin.Manual),
        s_issuedOn.StartOfShanghaiDay(),
        null);
}
