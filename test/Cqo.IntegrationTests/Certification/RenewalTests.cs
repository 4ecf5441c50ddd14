using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Certification;

/// <summary>Continuing-education hours, from courses here and logged from elsewhere, and renewal with them.</summary>
[Collection(HostCollection.Name)]
public sealed class RenewalTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task A_continuing_education_pass_credits_its_hours_once_and_issues_no_certificate()
    {
        var (course, trainees) = await _api.Training.ExaminingAsync([8], ("type", "ContinuingEducation"));
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.Training.ScoreAsync(course, (trainees[0].Id, 90m)));
        await _api.Training.PublishResultsAsync(course);
        var holder = _api.Officer(trainees[0].Enrolment.TraineeUserId!.Value);

        var credits = await WaitForCreditsAsync(holder, 1);

        credits.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Source.ShouldBe(CreditSource.Course),
            c => c.Status.ShouldBe(CreditStatus.Approved),
            c => c.Hours.ShouldBe(24m),
            c => c.CourseId.ShouldBe(course.Id),
            c => c.CompletedOn.ShouldBe(app.Clock.Today()));
        (await _api.QueryAsync(db => db.Certificates.Where(c => c.EnrolmentId == trainees[0].Id))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Renewal_needs_the_hours_within_validity_and_runs_on_from_the_old_last_day()
    {
        var userId = Guid.NewGuid();
        var today = app.Clock.Today();
        var old = await BackdatedCertificateAsync(userId, today.AddYears(-3).AddDays(30)); // last day in 29 days: window open
        var officer = _api.Officer(userId);

        var before = await ProgressAsync(officer, old.Id);
        before.Eligible.ShouldBeFalse();
        before.Blocker.ShouldNotBeNull().ShouldContain("24");
        var early = await LogAsync(officer, 12m, old.IssuedOn.AddDays(-1)); // before the certificate: does not count
        var first = await LogAsync(officer, 12m, old.IssuedOn);
        var second = await LogAsync(officer, 11.5m, today);
        foreach (var credit in new[] { early, first, second })
        {
            await ReviewAsync(_api.Municipal(), credit, approve: true);
        }

        (await ProgressAsync(officer, old.Id)).Hours.ShouldBe(23.5m);
        var refused = await officer.PostAsJsonAsync($"/api/certification/certificates/{old.Id}/renew", new { old.ConcurrencyStamp }, Json.Options);
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "certification.renewal_refused");

        await ReviewAsync(_api.Municipal(), await LogAsync(officer, 0.5m, today), approve: true);
        var progress = await ProgressAsync(officer, old.Id);
        progress.ShouldSatisfyAllConditions(
            p => p.Hours.ShouldBe(24m), p => p.Eligible.ShouldBeTrue(), p => p.WindowOpens.ShouldBe(old.ValidUntil!.Value.AddDays(-90)),
            p => p.WindowCloses.ShouldBe(old.ValidUntil!.Value.AddDays(180)));
        var renewed = (await TrainingApi.ReadAsync<CertificateDetailDto>(
            await officer.PostAsJsonAsync($"/api/certification/certificates/{old.Id}/renew", new { old.ConcurrencyStamp }, Json.Options))).Certificate;

        renewed.Origin.ShouldBe(CertificateOrigin.Renewal);
        renewed.IssuedOn.ShouldBe(today);
        renewed.ValidUntil.ShouldBe(old.ValidUntil!.Value.AddYears(3));
        renewed.ReplacesNumber.ShouldBe(old.Number);
        var replaced = (await _api.GetAsync(old.Id)).Certificate;
        replaced.Status.ShouldBe(CertificateStatus.Replaced);
        (await _api.GetAsync(old.Id)).History[^1].Kind.ShouldBe(CertificateChangeKind.Renewed);
        (await officer.PostAsJsonAsync($"/api/certification/certificates/{old.Id}/renew", new { replaced.ConcurrencyStamp }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Only_the_holder_renews_and_nobody_reviews_their_own_hours()
    {
        var userId = Guid.NewGuid();
        var old = await BackdatedCertificateAsync(userId, app.Clock.Today().AddYears(-3).AddDays(30));
        var officer = _api.Officer(userId);
        var logged = await LogAsync(officer, 24m, app.Clock.Today());

        var own = await officer.PostAsJsonAsync($"/api/certification/credits/{logged.Id}/review",
            new { logged.ConcurrencyStamp, approve = true }, Json.Options);
        own.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "officers have no review permission");
        var provider = _api.CreditReviewer($"TrainingProvider:{Guid.NewGuid()}");
        (await provider.PostAsJsonAsync($"/api/certification/credits/{logged.Id}/review", new { logged.ConcurrencyStamp, approve = true }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "a provider the hours do not name does not see them");
        await (await _api.Municipal().PostAsJsonAsync($"/api/certification/credits/{logged.Id}/review", new { logged.ConcurrencyStamp, approve = false }, Json.Options))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "comment");
        await ReviewAsync(_api.Municipal(), logged, approve: true);

        var stranger = _api.Officer(Guid.NewGuid());
        (await stranger.PostAsJsonAsync($"/api/certification/certificates/{old.Id}/renew", new { old.ConcurrencyStamp }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logged_hours_are_validated_field_by_field()
    {
        var officer = _api.Officer(Guid.NewGuid());

        await (await Post(new { title = "", hours = 0, completedOn = app.Clock.Today(), evidence = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "title", "hours", "evidence");
        await (await Post(new { title = "质量论坛", hours = 1.25, completedOn = app.Clock.Today(), evidence = "参会证明" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "hours");
        await (await Post(new { title = "质量论坛", hours = 2, completedOn = app.Clock.Today().AddDays(1), evidence = "参会证明" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "completedOn");

        Task<HttpResponseMessage> Post(object body) => officer.PostAsJsonAsync("/api/certification/credits", body, Json.Options);
    }

    private async Task<CertificateDto> BackdatedCertificateAsync(Guid userId, DateOnly issuedOn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var holder = new CertificateHolder("续期测试人", null, userId, null, null, "310104");
        var course = new CertifiedCourse(null, null, null, "首席质量官聘任培训", "上海市市场监督管理局");
        var terms = new CertificateTerms(issuedOn, issuedOn.AddYears(3).AddDays(-1), CertificateOrigin.Manual, Reason: "测试");
        var certificate = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().InTransactionAsync(issuedOn.Year, "310104", async next =>
            db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, course, terms, issuedOn.StartOfShanghaiDay(), null)).Entity,
            CancellationToken.None);
        return (await _api.GetAsync(certificate.Id)).Certificate;
    }

    private async Task<CreditDto> LogAsync(HttpClient officer, decimal hours, DateOnly completedOn) =>
        await TrainingApi.ReadAsync<CreditDto>(await officer.PostAsJsonAsync("/api/certification/credits",
            new { title = "质量管理继续教育讲座", hours, completedOn, evidence = "结业证明编号 2026-001" }, Json.Options), HttpStatusCode.Created);

    private static async Task<CreditDto> ReviewAsync(HttpClient reviewer, CreditDto credit, bool approve) =>
        await TrainingApi.ReadAsync<CreditDto>(await reviewer.PostAsJsonAsync($"/api/certification/credits/{credit.Id}/review",
            new { credit.ConcurrencyStamp, approve, comment = approve ? null : "证明不足" }, Json.Options));

    private static async Task<RenewalProgressDto> ProgressAsync(HttpClient caller, Guid id) =>
        await TrainingApi.ReadAsync<RenewalProgressDto>(await caller.GetAsync($"/api/certification/certificates/{id}/renewal"));

    private async Task<IReadOnlyList<CreditDto>> WaitForCreditsAsync(HttpClient holder, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var credits = await TrainingApi.ReadAsync<Cqo.SharedKernel.Paging.PagedResult<CreditDto>>(await holder.GetAsync("/api/certification/credits?mine=true"));
            if (credits.Items.Count >= count)
            {
                return credits.Items;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the course pass was not credited");
            await _api.DispatchOutboxAsync();
        }
    }
}
