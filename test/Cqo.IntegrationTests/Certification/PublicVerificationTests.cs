using System.Net;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Time;

namespace Cqo.IntegrationTests.Certification;

/// <summary>Anyone may check a certificate by number: what it is now, and what it was on a given day.</summary>
[Collection(HostCollection.Name)]
public sealed class PublicVerificationTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task Verification_shows_the_status_masked_name_dates_issuer_and_course_and_nothing_else()
    {
        var (course, trainee, certificate) = await _api.PassedAsync();

        var response = await _api.Anonymous().GetAsync($"/api/public/certificates/{certificate.Number.ToLowerInvariant()}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var verified = await _api.VerifyAsync(certificate.Number);

        verified.ShouldSatisfyAllConditions(
            v => v.Number.ShouldBe(certificate.Number),
            v => v.Status.ShouldBe(CertificateStatus.Valid),
            v => v.HolderName.ShouldNotBe(trainee.Enrolment.TraineeName),
            v => v.HolderName[0].ShouldBe(trainee.Enrolment.TraineeName[0]),
            v => v.HolderName.ShouldContain("*"),
            v => v.IssuedOn.ShouldBe(certificate.IssuedOn),
            v => v.ValidUntil.ShouldBe(certificate.ValidUntil),
            v => v.IssuerName.ShouldBe(certificate.IssuerName),
            v => v.CourseTitle.ShouldBe(course.Title),
            v => v.StatusOn.ShouldBe(CertificateStatus.Valid));
        body.ShouldNotContain(certificate.Id.ToString());
        body.ShouldNotContain(trainee.Enrolment.TraineeUserId!.Value.ToString());
        body.ShouldNotContain("idNumber", Case.Insensitive);
    }

    [Fact]
    public async Task Point_in_time_verification_reads_valid_before_a_revocation_and_revoked_from_its_day()
    {
        var today = app.Clock.Today();
        var certificate = await _api.IssuedByHandAsync(issuedOn: today.AddDays(-10));
        await _api.SteppedAsync(certificate, "revoke", "弄虚作假取得");

        (await _api.VerifyAsync(certificate.Number, today.AddDays(-11))).StatusOn.ShouldBeNull("not yet issued");
        (await _api.VerifyAsync(certificate.Number, today.AddDays(-10))).StatusOn.ShouldBe(CertificateStatus.Valid);
        (await _api.VerifyAsync(certificate.Number, today.AddDays(-1))).StatusOn.ShouldBe(CertificateStatus.Valid);
        var now = await _api.VerifyAsync(certificate.Number, today);
        now.StatusOn.ShouldBe(CertificateStatus.Revoked);
        now.Status.ShouldBe(CertificateStatus.Revoked);
        (await _api.VerifyAsync(certificate.Number, today.AddYears(1))).StatusOn.ShouldBe(CertificateStatus.Revoked, "revocation outlasts expiry");
    }

    [Theory]
    [InlineData("SHCQO-2026-310115-999999")]
    [InlineData("not-a-number")]
    [InlineData("SHCQO-2026-310115-00012%27%20OR%201=1--")]
    public async Task An_unknown_or_malformed_number_is_simply_not_found(string number)
    {
        var response = await _api.Anonymous().GetAsync($"/api/public/certificates/{number}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_malformed_date_is_a_bad_request_naming_it()
    {
        var certificate = await _api.IssuedByHandAsync();

        var response = await _api.Anonymous().GetAsync($"/api/public/certificates/{certificate.Number}?asOf=2026-13-45");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("asOf");
    }
}
