using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Time;

namespace Cqo.UnitTests.Certification;

public sealed class CertificateLifeCycleTests
{
    private static readonly DateOnly s_issuedOn = new(2026, 3, 16);
    private static readonly Actor s_regulator = new(Guid.NewGuid(), "市局审核员");

    [Fact]
    public void Numbers_are_formatted_with_year_district_and_six_digits_and_read_back_forgivingly()
    {
        new CertificateNumber(2026, "310115", 123).ToString().ShouldBe("SHCQO-2026-310115-000123");
        CertificateNumber.TryParse(" shcqo-2026-310115-000123 ", out var normalized).ShouldBeTrue();
        normalized.ShouldBe("SHCQO-2026-310115-000123");
        CertificateNumber.TryParse("SHCQO-2026-310115-00012", out _).ShouldBeFalse();
        CertificateNumber.TryParse("SHCQO-2026-310115-000123' OR 1=1", out _).ShouldBeFalse();
    }

    [Fact]
    public void Status_on_a_day_follows_the_history_at_the_end_of_that_Shanghai_day()
    {
        var certificate = Issue();
        var suspendedAt = new DateOnly(2026, 6, 1).AtShanghaiTime(new TimeOnly(23, 30));
        certificate.Suspend("核查", suspendedAt, s_regulator);
        certificate.Reinstate("无问题", new DateOnly(2026, 6, 10).AtShanghaiTime(new TimeOnly(0, 10)), s_regulator);
        certificate.Revoke("弄虚作假", "文书", new DateOnly(2026, 9, 1).AtShanghaiTime(new TimeOnly(9, 0)), s_regulator);

        certificate.StatusOn(s_issuedOn.AddDays(-1)).ShouldBeNull();
        certificate.StatusOn(new DateOnly(2026, 5, 31)).ShouldBe(CertificateStatus.Valid);
        certificate.StatusOn(new DateOnly(2026, 6, 1)).ShouldBe(CertificateStatus.Suspended, "23:30 Shanghai is still that day");
        certificate.StatusOn(new DateOnly(2026, 6, 10)).ShouldBe(CertificateStatus.Valid);
        certificate.StatusOn(new DateOnly(2026, 8, 31)).ShouldBe(CertificateStatus.Valid);
        certificate.StatusOn(new DateOnly(2026, 9, 1)).ShouldBe(CertificateStatus.Revoked);
        certificate.StatusOn(new DateOnly(2030, 1, 1)).ShouldBe(CertificateStatus.Revoked);
    }

    [Fact]
    public void Expiry_follows_the_last_day_even_before_the_job_ran_and_the_job_flips_once()
    {
        var certificate = Issue();
        var lastDay = certificate.ValidUntil!.Value;

        certificate.StatusOn(lastDay).ShouldBe(CertificateStatus.Valid);
        certificate.StatusOn(lastDay.AddDays(1)).ShouldBe(CertificateStatus.Expired);
        certificate.Expire(lastDay, lastDay.StartOfShanghaiDay()).ShouldBeFalse();
        certificate.Expire(lastDay.AddDays(1), lastDay.AddDays(1).StartOfShanghaiDay()).ShouldBeTrue();
        certificate.Expire(lastDay.AddDays(2), lastDay.AddDays(2).StartOfShanghaiDay()).ShouldBeFalse();
        certificate.Status.ShouldBe(CertificateStatus.Expired);
    }

    [Fact]
    public void A_suspension_lifted_after_the_last_day_comes_back_expired()
    {
        var certificate = Issue();
        var lastDay = certificate.ValidUntil!.Value;
        certificate.Suspend("核查", lastDay.AddDays(-3).StartOfShanghaiDay(), s_regulator);

        certificate.Reinstate("无问题", lastDay.AddDays(2).StartOfShanghaiDay(), s_regulator);

        certificate.Status.ShouldBe(CertificateStatus.Expired);
    }

    [Fact]
    public void Steps_the_state_does_not_allow_are_conflicts()
    {
        var certificate = Issue();
        Should.Throw<ConflictException>(() => certificate.Reinstate("?", DateTimeOffset.UtcNow, s_regulator));
        certificate.Revoke("弄虚作假", null, DateTimeOffset.UtcNow, s_regulator);
        Should.Throw<ConflictException>(() => certificate.Suspend("?", DateTimeOffset.UtcNow, s_regulator));
        Should.Throw<ConflictException>(() => certificate.Revoke("?", null, DateTimeOffset.UtcNow, s_regulator));
        certificate.Expire(new DateOnly(2040, 1, 1), DateTimeOffset.UtcNow).ShouldBeFalse("a revoked certificate stays revoked");
    }

    private static Certificate Issue() => new(
        Guid.NewGuid(),
        new CertificateSlot(new CertificateNumber(2026, "310115", 1), 0),
        new CertificateHolder("张三丰", "3101**********0018", Guid.NewGuid(), null, Guid.NewGuid(), "310115"),
        new CertifiedCourse(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "首席质量官聘任培训", "上海市市场监督管理局"),
        new CertificateTerms(s_issuedOn, s_issuedOn.AddYears(3).AddDays(-1), CertificateOrigin.CoursePassed),
        s_issuedOn.AtShanghaiTime(new TimeOnly(15, 0)),
        null);
}
