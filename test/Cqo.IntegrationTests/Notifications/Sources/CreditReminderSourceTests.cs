using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.IntegrationTests.Certification;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Notifications.Sources;

/// <summary>Continuing education below the renewal target in the fourth quarter (DOMAIN.md §5).</summary>
[Collection(HostCollection.Name)]
public sealed class CreditReminderSourceTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task A_holder_short_of_the_renewal_hours_is_due_once_a_year_from_1_October_with_hours_counted_as_renewal_counts_them()
    {
        var probe = new ReminderProbe(app, "certification.credits-below-target");
        var today = app.Clock.Today();
        var october = new DateOnly(today.Year, 10, 1);
        var (shortUser, doneUser) = (Guid.NewGuid(), Guid.NewGuid());
        var shortOf = await CertificateAsync(shortUser, today.AddDays(-400));
        var done = await CertificateAsync(doneUser, today.AddDays(-400));
        var officer = _api.Officer(shortUser);
        await ApprovedAsync(officer, 12m, shortOf.IssuedOn.AddDays(10));
        await ApprovedAsync(officer, 6m, shortOf.IssuedOn.AddDays(-1)); // before the certificate: does not count
        await LogAsync(officer, 5m, today); // not approved: does not count
        await ApprovedAsync(_api.Officer(doneUser), 24m, today);

        (await probe.DaysDueAsync(shortOf.Id, october.AddDays(-2), october.AddDays(2))).ShouldBe([october]);
        var due = (await probe.AboutAsync(shortOf.Id, october)).ShouldNotBeNull();
        var progress = await TrainingApi.ReadAsync<RenewalProgressDto>(await officer.GetAsync($"/api/certification/certificates/{shortOf.Id}/renewal"));
        due.ShouldSatisfyAllConditions(
            r => r.Occurrence.ShouldBe($"0@{today.Year}-10-01"),
            r => r.DueOn.ShouldBe(october),
            r => r.Parties.HolderUserId.ShouldBe(shortUser),
            r => r.Values["hoursDone"].ShouldBe(progress.Hours, "the hours renewal counts"),
            r => r.Values["hoursDone"].ShouldBe(12m),
            r => r.Values["hoursRequired"].ShouldBe(24m),
            r => r.Values["hoursShort"].ShouldBe(12m),
            r => r.Link.ShouldBe("/certification/credits"));
        (await probe.AboutAsync(shortOf.Id, october.AddDays(3), catchUpDays: 3)).ShouldNotBeNull("caught up").DueOn.ShouldBe(october);
        (await probe.AboutAsync(shortOf.Id, october.AddDays(4), catchUpDays: 3)).ShouldBeNull();
        (await probe.AboutAsync(shortOf.Id, new DateOnly(today.Year, 6, 30), catchUpDays: 3)).ShouldBeNull("only in the fourth quarter");
        (await probe.DaysDueAsync(done.Id, october.AddDays(-2), october.AddDays(2))).ShouldBeEmpty("24 hours done");

        await ApprovedAsync(officer, 12m, today);

        (await probe.AboutAsync(shortOf.Id, october)).ShouldBeNull("the target is reached");
    }

    /// <summary>A valid certificate of the account, issued (back-dated) by hand as renewal tests do.</summary>
    private async Task<CertificateDto> CertificateAsync(Guid userId, DateOnly issuedOn)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CertificationDbContext>();
        var holder = new CertificateHolder("学时测试人", null, userId, null, null, "310104");
        var course = new CertifiedCourse(null, null, null, "首席质量官聘任培训", "上海市市场监督管理局");
        var terms = new CertificateTerms(issuedOn, issuedOn.AddYears(3).AddDays(-1), CertificateOrigin.Manual, Reason: "测试");
        var certificate = await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().InTransactionAsync(issuedOn.Year, "310104", async next =>
            db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, course, terms, issuedOn.StartOfShanghaiDay(), null)).Entity,
            CancellationToken.None);
        return (await _api.GetAsync(certificate.Id)).Certificate;
    }

    private async Task ApprovedAsync(HttpClient officer, decimal hours, DateOnly completedOn)
    {
        var credit = await LogAsync(officer, hours, completedOn);
        await TrainingApi.ReadAsync<CreditDto>(await _api.Municipal().PostAsJsonAsync(
            $"/api/certification/credits/{credit.Id}/review", new { credit.ConcurrencyStamp, approve = true }, Json.Options));
    }

    private static async Task<CreditDto> LogAsync(HttpClient officer, decimal hours, DateOnly completedOn) =>
        await TrainingApi.ReadAsync<CreditDto>(await officer.PostAsJsonAsync("/api/certification/credits",
            new { title = "质量管理继续教育讲座", hours, completedOn, evidence = "结业证明编号 2026-002" }, Json.Options), HttpStatusCode.Created);
}
