using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.IntegrationTests.Training;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Paging;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Certification;

/// <summary>Callers in each scope, and the certificates most certification tests start from.</summary>
internal sealed class CertificationApi(CqoApp app)
{
    private static readonly string[] s_all =
    [
        CertificationPermissions.Certificates, CertificationPermissions.CertificatesSuspend, CertificationPermissions.CertificatesIssue,
        CertificationPermissions.CertificatesRenew, CertificationPermissions.Credits, CertificationPermissions.CreditsReview,
    ];

    private static readonly string[] s_officer =
    [
        CertificationPermissions.Certificates, CertificationPermissions.CertificatesRenew, CertificationPermissions.Credits, CertificationPermissions.CreditsLog,
    ];

    private readonly TrainingApi _training = new(app);

    public TrainingApi Training => _training;

    public RegistryApi Registry { get; } = new(app);

    public HttpClient Municipal() => _training.As("MunicipalRegulator::310000", s_all);

    public HttpClient District(string jurisdiction = RegistryApi.Pudong) =>
        _training.As($"DistrictRegulator::{jurisdiction}", [CertificationPermissions.Certificates, CertificationPermissions.CertificatesSuspend]);

    public HttpClient Enterprise(Guid enterpriseId) => _training.As($"Enterprise:{enterpriseId}", [CertificationPermissions.Certificates]);

    public HttpClient Provider(Guid providerId) => _training.As($"TrainingProvider:{providerId}", [CertificationPermissions.Certificates]);

    public HttpClient Holder(Guid userId) => _training.As("Individual::", [CertificationPermissions.Certificates], userId);

    /// <summary>An officer: sees, logs and renews their own.</summary>
    public HttpClient Officer(Guid userId) => _training.As("Individual::", s_officer, userId);

    public HttpClient CreditReviewer(string scope) =>
        _training.As(scope, [CertificationPermissions.Credits, CertificationPermissions.CreditsReview, CertificationPermissions.Certificates]);

    public HttpClient Anonymous() => app.CreateClient();

    public async Task DispatchOutboxAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        await Task.Delay(50);
    }

    /// <summary>A certificate issued by hand to a new person of a new enterprise in <paramref name="district"/>.</summary>
    public async Task<CertificateDto> IssuedByHandAsync(string district = RegistryApi.Pudong, DateOnly? issuedOn = null)
    {
        var enterprise = await Registry.RegisterEnterpriseAsync(district);
        var person = await Registry.CreatePersonAsync(enterprise.Id);
        return (await TrainingApi.ReadAsync<CertificateDetailDto>(await IssueAsync(person.Id, issuedOn), HttpStatusCode.Created)).Certificate;
    }

    public Task<HttpResponseMessage> IssueAsync(Guid personId, DateOnly? issuedOn = null, string reason = "外省培训证书认定", HttpClient? caller = null) =>
        (caller ?? Municipal()).PostAsJsonAsync("/api/certification/certificates", new { personId, reason, issuedOn }, Json.Options);

    public static Task<HttpResponseMessage> StepAsync(HttpClient caller, CertificateDto certificate, string step, string reason = "核查需要", string? evidence = null) =>
        caller.PostAsJsonAsync($"/api/certification/certificates/{certificate.Id}/{step}",
            new { concurrencyStamp = certificate.ConcurrencyStamp, reason, evidence }, Json.Options);

    public async Task<CertificateDto> SteppedAsync(CertificateDto certificate, string step, string reason = "核查需要", string? evidence = null) =>
        (await TrainingApi.ReadAsync<CertificateDetailDto>(await StepAsync(Municipal(), certificate, step, reason, evidence))).Certificate;

    public async Task<CertificateDetailDto> GetAsync(Guid id, HttpClient? caller = null) =>
        await TrainingApi.ReadAsync<CertificateDetailDto>(await (caller ?? Municipal()).GetAsync($"/api/certification/certificates/{id}"));

    public async Task<PublicCertificateDto> VerifyAsync(string number, DateOnly? asOf = null) =>
        await TrainingApi.ReadAsync<PublicCertificateDto>(await Anonymous().GetAsync(
            $"/api/public/certificates/{number}{(asOf is { } day ? $"?asOf={day:yyyy-MM-dd}" : "")}"));

    /// <summary>A private officer who passed an appointment-training course with 88, and the certificate the pass issued.</summary>
    public async Task<(CourseDto Course, Applicant Trainee, CertificateDto Certificate)> PassedAsync()
    {
        var (course, trainees) = await _training.ExaminingAsync([8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _training.ScoreAsync(course, (trainees[0].Id, 88m)));
        await _training.PublishResultsAsync(course);
        return (course, trainees[0], await CertificateOfAsync(trainees[0].Id));
    }

    /// <summary>Delivers the outbox until the enrolment's certificate exists (the host's own dispatcher may deliver it first).</summary>
    public async Task<CertificateDto> CertificateOfAsync(Guid enrolmentId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var id = await scope.ServiceProvider.GetRequiredService<CertificationDbContext>().Certificates
                    .IgnoreQueryFilters([QueryFilters.DataScope]).Where(c => c.EnrolmentId == enrolmentId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
                if (id is { } found)
                {
                    return (await GetAsync(found)).Certificate;
                }

                DateTime.UtcNow.ShouldBeLessThan(deadline, $"no certificate for enrolment {enrolmentId}");
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
            }

            await Task.Delay(50);
        }
    }

    public async Task<List<T>> QueryAsync<T>(Func<CertificationDbContext, IQueryable<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CertificationDbContext>()).ToListAsync();
    }

    public static async Task<PagedResult<CertificateDto>> ListAsync(HttpClient caller, string query = "") =>
        await TrainingApi.ReadAsync<PagedResult<CertificateDto>>(await caller.GetAsync($"/api/certification/certificates?{query}"));
}
