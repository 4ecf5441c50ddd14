using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.Registry.Application.Filings;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Registry;

/// <summary>Callers in each scope, and the steps most registry tests start from.</summary>
internal sealed class RegistryApi(CqoApp app)
{
    public const string Pudong = "310115";
    public const string Xuhui = "310104";

    private static readonly string[] s_regulator =
    [
        RegistryPermissions.Enterprises, RegistryPermissions.EnterprisesManage, RegistryPermissions.EnterprisesOverrideUscc,
        RegistryPermissions.People, RegistryPermissions.PeopleManage, RegistryPermissions.PeopleRevealIdNumber,
        RegistryPermissions.Filings, RegistryPermissions.FilingsReview, RegistryPermissions.RuleSetsManage,
    ];

    private static readonly string[] s_enterprise =
    [
        RegistryPermissions.Enterprises, RegistryPermissions.EnterprisesManage, RegistryPermissions.People, RegistryPermissions.PeopleManage,
        RegistryPermissions.Filings, RegistryPermissions.FilingsManage,
    ];

    private static int s_issued = Random.Shared.Next(0, 900);

    private static readonly int[] s_residentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public HttpClient Municipal() => As("MunicipalRegulator::310000", s_regulator);

    public HttpClient District(string jurisdiction = Pudong) => As($"DistrictRegulator::{jurisdiction}", s_regulator);

    public HttpClient Enterprise(Guid enterpriseId, params string[] extra) => As($"Enterprise:{enterpriseId}", [.. s_enterprise, .. extra]);

    public HttpClient Provider(Guid providerId) => As($"TrainingProvider:{providerId}", [.. s_regulator, .. s_enterprise]);

    public HttpClient As(string scope, string[] permissions)
    {
        var client = app.CreateClientAs(Guid.NewGuid(), permissions);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, scope);
        return client;
    }

    /// <summary>A valid resident ID of someone born on <paramref name="birthDate"/> (default: aged about 40).</summary>
    public static string NewResidentId(DateOnly? birthDate = null, string address = "310115")
    {
        // Distinct numbers for the whole run: a random sequence let two people of one enterprise share one (1 in 900).
        var next = Interlocked.Increment(ref s_issued);
        var body = $"{address}{birthDate ?? new DateOnly(1986, 5, 20).AddDays(next / 900):yyyyMMdd}{100 + (next % 900)}";
        var sum = body.Select((c, i) => (c - '0') * s_residentWeights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public async Task<EnterpriseDto> RegisterEnterpriseAsync(string district = Pudong, EnterpriseScale scale = EnterpriseScale.Medium, HttpClient? caller = null)
    {
        var response = await (caller ?? Municipal()).PostAsJsonAsync("/api/registry/enterprises", NewEnterprise(IdentityApi.NewUscc(), district, scale), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EnterpriseDto>(Json.Options))!;
    }

    public static object NewEnterprise(string uscc, string district = Pudong, EnterpriseScale scale = EnterpriseScale.Medium) => new
    {
        uscc,
        name = $"上海测试质量企业{uscc[^6..]}有限公司",
        address = "上海市浦东新区世纪大道 100 号",
        districtCode = district,
        industryDivisionCode = "34",
        scale,
        aboveDesignatedSize = true,
        specialised = false,
        awards = new[] { new { name = "上海市质量金奖", level = "Municipal", year = 2024 } },
    };

    public static object NewPerson(Guid enterpriseId, string? idNumber = null, Education education = Education.Bachelor, int qualityYears = 5) => new
    {
        enterpriseId,
        name = "张三丰",
        idType = "ResidentId",
        idNumber = idNumber ?? NewResidentId(),
        education,
        major = "质量工程",
        title = "Intermediate",
        qualityEngineerLevel = "Intermediate",
        qualityYears,
        phone = "13800000000",
        email = "zhang@example.cn",
    };

    public async Task<PersonDto> CreatePersonAsync(Guid enterpriseId, object? person = null)
    {
        var response = await Municipal().PostAsJsonAsync("/api/registry/people", person ?? NewPerson(enterpriseId), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PersonDto>(Json.Options))!;
    }

    public static object NewFiling(Guid personId, Guid? replaces = null, string? waiver = null, string[]? declarations = null, string? certificate = "SHCQO-2025-310115-000123") => new
    {
        personId,
        appointedBy = "Board",
        appointmentDate = "2026-03-01",
        termEnd = "2029-02-28",
        trainingCertificateNumber = certificate,
        waiverReason = waiver,
        declarations = declarations ?? ["no_criminal_penalty", "no_serious_quality_fault", "no_secret_leak"],
        replacesFilingId = replaces,
    };

    /// <summary>A draft for a new person of the enterprise, drafted by the enterprise itself.</summary>
    public async Task<FilingDto> DraftAsync(Guid enterpriseId, object? filing = null, Guid? personId = null)
    {
        personId ??= (await CreatePersonAsync(enterpriseId)).Id;
        var response = await Enterprise(enterpriseId).PostAsJsonAsync("/api/registry/filings", filing ?? NewFiling(personId.Value), Json.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FilingDto>(Json.Options))!;
    }

    public static MultipartFormDataContent Letter(Guid stamp, byte[]? content = null, string fileName = "聘任书.pdf")
    {
        var file = new ByteArrayContent(content ?? "%PDF-1.4\n%test letter\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(stamp.ToString()), "concurrencyStamp" } };
    }

    public async Task<FilingDto> UploadLetterAsync(FilingDto filing)
    {
        var response = await Enterprise(filing.EnterpriseId).PostAsync($"/api/registry/filings/{filing.Id}/letter", Letter(filing.ConcurrencyStamp));
        return await ReadAsync(response);
    }

    /// <summary>A draft with its letter, ready to submit.</summary>
    public async Task<FilingDto> ReadyAsync(Guid enterpriseId, object? filing = null, Guid? personId = null) =>
        await UploadLetterAsync(await DraftAsync(enterpriseId, filing, personId));

    public async Task<FilingDto> SubmitAsync(FilingDto filing) =>
        await ReadAsync(await Enterprise(filing.EnterpriseId).PostAsJsonAsync($"/api/registry/filings/{filing.Id}/submit", new { concurrencyStamp = filing.ConcurrencyStamp }, Json.Options));

    public async Task<FilingDto> ReviewAsync(FilingDto filing, ReviewDecision decision, string? comment = null, HttpClient? reviewer = null) =>
        await ReadAsync(await (reviewer ?? District(filing.RegulatorUnitCode)).PostAsJsonAsync(
            $"/api/registry/filings/{filing.Id}/review", new { decision, comment, concurrencyStamp = filing.ConcurrencyStamp }, Json.Options));

    /// <summary>Submitted, taken into review and approved: in its announcement window.</summary>
    public async Task<FilingDto> AnnouncedAsync(Guid enterpriseId, object? filing = null, Guid? personId = null)
    {
        var submitted = await SubmitAsync(await ReadyAsync(enterpriseId, filing, personId));
        var underReview = await ReviewAsync(submitted, ReviewDecision.StartReview);
        return await ReviewAsync(underReview, ReviewDecision.Approve, "同意");
    }

    /// <summary>
    /// Moves the clock past the announcement window and runs the activation job. Five working days
    /// take up to twelve calendar days around the Spring Festival and National Day holidays.
    /// </summary>
    public async Task PassAnnouncementWindowAsync()
    {
        app.Clock.Advance(TimeSpan.FromDays(14));
        await RunActivationAsync();
    }

    public async Task<int> RunActivationAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FilingActivation>().RunAsync(CancellationToken.None);
    }

    public async Task<FilingDto> GetAsync(Guid filingId) =>
        (await Municipal().GetFromJsonAsync<FilingDto>($"/api/registry/filings/{filingId}", Json.Options))!;

    public static async Task<FilingDto> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FilingDto>(Json.Options))!;
    }
}
