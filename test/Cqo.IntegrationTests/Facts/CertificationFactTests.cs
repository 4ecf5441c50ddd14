using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Certification;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Time;

namespace Cqo.IntegrationTests.Facts;

/// <summary>Certificates and continuing-education entries as certification feeds them to oversight, and the change events their saves store.</summary>
[Collection(HostCollection.Name)]
public sealed class CertificationFactTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);
    private readonly FactFeeds _feeds = new(app);

    [Fact]
    public async Task A_certificate_fact_dates_its_current_suspension_and_its_revocation_by_Shanghai_days()
    {
        var issued = await _api.IssuedByHandAsync(RegistryApi.Pudong);
        var valid = await _feeds.FactAsync<CertificateFact>(issued.Id);

        // Suspended half an hour after midnight in Shanghai: still the day before in UTC.
        var firstSuspension = _feeds.NextUtc(new TimeOnly(16, 30));
        _api.Training.ClockTo(firstSuspension);
        var suspended = await _api.SteppedAsync(issued, "suspend");
        var whileSuspended = await _feeds.FactAsync<CertificateFact>(issued.Id);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var reinstated = await _api.SteppedAsync(suspended, "reinstate");
        var afterReinstatement = await _feeds.FactAsync<CertificateFact>(issued.Id);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var suspendedAgain = await _api.SteppedAsync(reinstated, "suspend");
        var secondSuspension = app.Clock.Today();
        var whileSuspendedAgain = await _feeds.FactAsync<CertificateFact>(issued.Id);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await _api.SteppedAsync(suspendedAgain, "revoke", "弄虚作假取得");
        var revoked = await _feeds.FactAsync<CertificateFact>(issued.Id);

        valid.ShouldSatisfyAllConditions(
            f => f.Id.ShouldBe(issued.Id),
            f => f.Number.ShouldBe(issued.Number),
            f => f.EnterpriseId.ShouldBe(issued.EnterpriseId),
            f => f.JurisdictionCode.ShouldBe(RegistryApi.Pudong),
            f => f.ProviderId.ShouldBeNull(),
            f => f.PersonId.ShouldBe(issued.PersonId),
            f => f.HolderUserId.ShouldBe(issued.HolderUserId),
            f => f.Origin.ShouldBe(CertificateOrigin.Manual),
            f => f.Status.ShouldBe(CertificateStatus.Valid),
            f => f.IssuedOn.ShouldBe(issued.IssuedOn),
            f => f.ValidUntil.ShouldBe(issued.ValidUntil),
            f => f.SuspendedOn.ShouldBeNull(),
            f => f.RevokedOn.ShouldBeNull(),
            f => f.ReplacedOn.ShouldBeNull());
        whileSuspended.Status.ShouldBe(CertificateStatus.Suspended);
        whileSuspended.SuspendedOn.ShouldBe(firstSuspension.ToShanghaiDate());
        whileSuspended.SuspendedOn.ShouldBe(DateOnly.FromDateTime(firstSuspension.UtcDateTime).AddDays(1));
        afterReinstatement.Status.ShouldBe(CertificateStatus.Valid);
        afterReinstatement.SuspendedOn.ShouldBeNull("a suspension lifted is no longer current");
        whileSuspendedAgain.SuspendedOn.ShouldBe(secondSuspension, "the current suspension, not the first");
        revoked.ShouldSatisfyAllConditions(
            f => f.Status.ShouldBe(CertificateStatus.Revoked),
            f => f.RevokedOn.ShouldBe(app.Clock.Today()),
            f => f.SuspendedOn.ShouldBeNull(),
            f => f.ReplacedOn.ShouldBeNull(),
            f => f.IssuedOn.ShouldBe(issued.IssuedOn));
    }

    [Fact]
    public async Task A_reissued_certificate_is_replaced_on_the_day_its_successor_is_issued()
    {
        var old = await _api.IssuedByHandAsync();
        app.Clock.Advance(TimeSpan.FromDays(2));
        var successor = await _api.SteppedAsync(old, "reissue", "证书遗失");

        var facts = (await _feeds.FindAsync<CertificateFact>([old.Id, successor.Id])).ToDictionary(f => f.Id);

        facts[old.Id].Status.ShouldBe(CertificateStatus.Replaced);
        facts[old.Id].ReplacedOn.ShouldBe(app.Clock.Today());
        facts[successor.Id].ShouldSatisfyAllConditions(
            f => f.Origin.ShouldBe(CertificateOrigin.Reissue),
            f => f.Status.ShouldBe(CertificateStatus.Valid),
            f => f.IssuedOn.ShouldBe(successor.IssuedOn),
            f => f.ValidUntil.ShouldBe(old.ValidUntil),
            f => f.ReplacedOn.ShouldBeNull());
    }

    [Fact]
    public async Task A_certificate_issued_on_a_pass_names_the_course_provider()
    {
        var (course, trainee, certificate) = await _api.PassedAsync();

        var fact = await _feeds.FactAsync<CertificateFact>(certificate.Id);

        fact.Origin.ShouldBe(CertificateOrigin.CoursePassed);
        fact.ProviderId.ShouldBe(course.ProviderId);
        fact.HolderUserId.ShouldBe(trainee.Enrolment.TraineeUserId);
        fact.IssuedOn.ShouldBe(certificate.IssuedOn);
        (await _feeds.ChangesAsync<CertificateChanged>(certificate.Id)).ShouldBe([new CertificateChanged(certificate.Id)]);
    }

    [Fact]
    public async Task A_credit_fact_carries_its_hours_holder_and_review_and_each_save_stores_one_change_event()
    {
        var enterprise = await _api.Registry.RegisterEnterpriseAsync();
        var provider = Guid.NewGuid();
        var userId = Guid.NewGuid();
        var officer = _api.Training.As(
            $"Individual:{enterprise.Id}:{RegistryApi.Pudong}", [CertificationPermissions.Credits, CertificationPermissions.CreditsLog], userId);
        var completedOn = app.Clock.Today().AddDays(-3);
        var logged = await TrainingApi.ReadAsync<CreditDto>(await officer.PostAsJsonAsync("/api/certification/credits",
            new { title = "质量管理继续教育讲座", hours = 6.5m, completedOn, evidence = "结业证明编号 2026-002", providerId = provider }, Json.Options), HttpStatusCode.Created);
        var pending = await _feeds.FactAsync<CreditFact>(logged.Id);
        var loggedChanges = await _feeds.ChangesAsync<CreditEntryChanged>(logged.Id);

        var reviewed = await _feeds.ChangesByAsync<CreditEntryChanged>(logged.Id, async () =>
            await TrainingApi.ReadAsync<CreditDto>(await _api.Municipal().PostAsJsonAsync(
                $"/api/certification/credits/{logged.Id}/review", new { logged.ConcurrencyStamp, approve = true }, Json.Options)));
        var approved = await _feeds.FactAsync<CreditFact>(logged.Id);

        pending.ShouldSatisfyAllConditions(
            f => f.Id.ShouldBe(logged.Id),
            f => f.EnterpriseId.ShouldBe(enterprise.Id),
            f => f.JurisdictionCode.ShouldBe(RegistryApi.Pudong),
            f => f.ProviderId.ShouldBe(provider),
            f => f.PersonId.ShouldBeNull(),
            f => f.HolderUserId.ShouldBe(userId),
            f => f.Source.ShouldBe(CreditSource.External),
            f => f.Status.ShouldBe(CreditStatus.Pending),
            f => f.Hours.ShouldBe(6.5m),
            f => f.CompletedOn.ShouldBe(completedOn));
        loggedChanges.ShouldBe([new CreditEntryChanged(logged.Id)]);
        reviewed.ShouldBe(1);
        approved.Status.ShouldBe(CreditStatus.Approved);
    }

    [Fact]
    public async Task A_certificate_step_stores_one_change_event()
    {
        var certificate = await _api.IssuedByHandAsync();

        var suspended = await _feeds.ChangesByAsync<CertificateChanged>(certificate.Id, () => _api.SteppedAsync(certificate, "suspend"));

        suspended.ShouldBe(1);
        (await _feeds.ChangesAsync<CertificateChanged>(certificate.Id)).ShouldAllBe(e => e == new CertificateChanged(certificate.Id));
    }
}
