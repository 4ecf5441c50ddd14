using System.Net;
using Cqo.Certification.Contracts;
using Cqo.Certification.Jobs;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Certification;

/// <summary>Suspension, revocation, re-issue and expiry (DOMAIN.md §4), each kept in the history.</summary>
[Collection(HostCollection.Name)]
public sealed class CertificateLifeCycleTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task A_district_regulator_suspends_and_reinstates_and_only_the_municipal_regulator_revokes()
    {
        var certificate = await _api.IssuedByHandAsync(RegistryApi.Pudong);
        var district = _api.District(RegistryApi.Pudong);

        (await CertificationApi.StepAsync(_api.District(RegistryApi.Xuhui), certificate, "suspend")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var suspended = (await Cqo.IntegrationTests.Training.TrainingApi.ReadAsync<CertificateDetailDto>(
            await CertificationApi.StepAsync(district, certificate, "suspend", "企业信用核查"))).Certificate;
        suspended.Status.ShouldBe(CertificateStatus.Suspended);
        suspended.StatusReason.ShouldBe("企业信用核查");
        await (await CertificationApi.StepAsync(district, certificate, "reinstate")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");
        (await CertificationApi.StepAsync(district, suspended, "revoke")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var reinstated = (await Cqo.IntegrationTests.Training.TrainingApi.ReadAsync<CertificateDetailDto>(
            await CertificationApi.StepAsync(district, suspended, "reinstate", "核查无问题"))).Certificate;
        reinstated.Status.ShouldBe(CertificateStatus.Valid);
        var revoked = await _api.SteppedAsync(reinstated, "revoke", "弄虚作假取得", "沪市监质〔2026〕12号");
        revoked.Status.ShouldBe(CertificateStatus.Revoked);
        await (await CertificationApi.StepAsync(district, revoked, "suspend")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "certification.certificate_state");

        var history = (await _api.GetAsync(certificate.Id)).History;
        history.Select(h => h.Kind).ShouldBe([
            CertificateChangeKind.Issued, CertificateChangeKind.Suspended, CertificateChangeKind.Reinstated, CertificateChangeKind.Revoked]);
        history[^1].Evidence.ShouldBe("沪市监质〔2026〕12号");
        history.Skip(1).ShouldAllBe(h => h.ByName != null);
    }

    [Fact]
    public async Task A_step_without_a_reason_or_with_a_huge_one_names_the_field()
    {
        var certificate = await _api.IssuedByHandAsync();

        await (await CertificationApi.StepAsync(_api.Municipal(), certificate, "suspend", "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");
        await (await CertificationApi.StepAsync(_api.Municipal(), certificate, "revoke", "理由", new string('证', 501)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "evidence");
        (await _api.GetAsync(certificate.Id)).Certificate.Status.ShouldBe(CertificateStatus.Valid);
    }

    [Fact]
    public async Task A_reissue_gives_a_new_number_with_the_same_validity_and_the_old_one_points_to_it()
    {
        var old = await _api.IssuedByHandAsync(RegistryApi.Xuhui, app.Clock.Today().AddDays(-30));

        var successor = await _api.SteppedAsync(old, "reissue", "证书遗失");

        successor.Number.ShouldNotBe(old.Number);
        successor.Number.ShouldStartWith($"SHCQO-{app.Clock.Today().Year}-310104-");
        successor.Origin.ShouldBe(CertificateOrigin.Reissue);
        successor.ValidUntil.ShouldBe(old.ValidUntil);
        successor.ReplacesNumber.ShouldBe(old.Number);
        var before = (await _api.GetAsync(old.Id)).Certificate;
        before.Status.ShouldBe(CertificateStatus.Replaced);
        before.ReplacedByNumber.ShouldBe(successor.Number);
        (await _api.VerifyAsync(old.Number)).ReplacedByNumber.ShouldBe(successor.Number);
        (await CertificationApi.StepAsync(_api.Municipal(), before, "reissue")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_certificate_expires_at_midnight_Shanghai_after_its_last_day_and_not_a_minute_before()
    {
        var today = app.Clock.Today();
        var certificate = await _api.IssuedByHandAsync(issuedOn: today.AddYears(-3).AddDays(1));
        certificate.ValidUntil.ShouldBe(today);

        _api.Training.ClockTo(today.AtShanghaiTime(new TimeOnly(23, 59)));
        await RunExpiryJobAsync();
        (await _api.GetAsync(certificate.Id)).Certificate.Status.ShouldBe(CertificateStatus.Valid);

        _api.Training.ClockTo(today.AddDays(1).StartOfShanghaiDay());
        await RunExpiryJobAsync();
        await RunExpiryJobAsync();

        var expired = await _api.GetAsync(certificate.Id);
        expired.Certificate.Status.ShouldBe(CertificateStatus.Expired);
        expired.History.Count(h => h.Kind == CertificateChangeKind.Expired).ShouldBe(1, "a second run flips nothing");
        (await _api.VerifyAsync(certificate.Number, today)).StatusOn.ShouldBe(CertificateStatus.Valid);
        (await _api.VerifyAsync(certificate.Number, today.AddDays(1))).StatusOn.ShouldBe(CertificateStatus.Expired);
    }

    private async Task RunExpiryJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<ExpireCertificatesJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }
}
