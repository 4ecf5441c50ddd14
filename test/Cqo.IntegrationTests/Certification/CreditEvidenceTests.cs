using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;

namespace Cqo.IntegrationTests.Certification;

/// <summary>The document an officer attaches to logged hours: only theirs, only while pending, PDF/JPEG/PNG by content, read by the reviewer.</summary>
[Collection(HostCollection.Name)]
public sealed class CreditEvidenceTests(CqoApp app)
{
    private static readonly byte[] s_pdf = "%PDF-1.4\n%结业证书扫描件\n%%EOF\n"u8.ToArray();

    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task The_holder_attaches_a_pdf_and_the_reviewer_downloads_the_same_bytes()
    {
        var userId = Guid.NewGuid();
        var officer = _api.Officer(userId);
        var logged = await LogAsync(officer);
        logged.EvidenceFileName.ShouldBeNull();

        var attached = await TrainingApi.ReadAsync<CreditDto>(await UploadAsync(officer, logged, s_pdf, "certs/结业证书.PDF"));

        attached.EvidenceFileName.ShouldBe("结业证书.pdf");
        attached.ConcurrencyStamp.ShouldNotBe(logged.ConcurrencyStamp);
        var reviewer = _api.Municipal();
        var listed = await TrainingApi.ReadAsync<PagedResult<CreditDto>>(await reviewer.GetAsync("/api/certification/credits?status=Pending&pageSize=100"));
        listed.Items.ShouldContain(c => c.Id == logged.Id && c.EvidenceFileName == "结业证书.pdf");
        var download = await reviewer.GetAsync($"/api/certification/credits/{logged.Id}/evidence");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(s_pdf);
        (await officer.GetAsync($"/api/certification/credits/{logged.Id}/evidence")).StatusCode.ShouldBe(HttpStatusCode.OK, "the holder reads it too");

        var png = await TrainingApi.ReadAsync<CreditDto>(
            await UploadAsync(officer, attached, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "scan.pdf"));
        png.EvidenceFileName.ShouldBe("scan.png", "a later document replaces the first, named by its content");
        (await (await reviewer.GetAsync($"/api/certification/credits/{logged.Id}/evidence")).Content.ReadAsByteArrayAsync()).Length.ShouldBe(11);
    }

    [Fact]
    public async Task A_disguised_or_oversize_file_is_refused_naming_the_field()
    {
        var officer = _api.Officer(Guid.NewGuid());
        var logged = await LogAsync(officer);

        await (await UploadAsync(officer, logged, "这不是 PDF"u8.ToArray(), "evidence.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
        await (await UploadAsync(officer, logged, [.. "%PDF-"u8, .. new byte[10 * 1024 * 1024]], "big.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
        (await _api.Municipal().GetAsync($"/api/certification/credits/{logged.Id}/evidence")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing was attached");
    }

    [Fact]
    public async Task Only_the_holder_attaches_and_only_while_the_hours_are_pending()
    {
        var officer = _api.Officer(Guid.NewGuid());
        var logged = await LogAsync(officer);

        (await UploadAsync(_api.Officer(Guid.NewGuid()), logged, s_pdf)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another officer does not see the hours");
        var municipalLogger = _api.Training.As("MunicipalRegulator::310000", [CertificationPermissions.Credits, CertificationPermissions.CreditsLog]);
        await (await UploadAsync(municipalLogger, logged, s_pdf)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "certification.not_own_credit");
        (await UploadAsync(_api.CreditReviewer("MunicipalRegulator::310000"), logged, s_pdf)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "reviewers have no permission to log");

        var reviewed = await TrainingApi.ReadAsync<CreditDto>(await _api.Municipal().PostAsJsonAsync(
            $"/api/certification/credits/{logged.Id}/review", new { logged.ConcurrencyStamp, approve = true }, Json.Options));
        await (await UploadAsync(officer, reviewed, s_pdf)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "certification.credit_reviewed");
        (await _api.Municipal().GetAsync($"/api/certification/credits/{logged.Id}/evidence")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<CreditDto> LogAsync(HttpClient officer) =>
        await TrainingApi.ReadAsync<CreditDto>(await officer.PostAsJsonAsync("/api/certification/credits",
            new { title = "质量管理体系内审员培训", hours = 8m, completedOn = app.Clock.Today().AddDays(-14), evidence = "结业证书编号 QM-2026-018" }, Json.Options),
            HttpStatusCode.Created);

    private static Task<HttpResponseMessage> UploadAsync(HttpClient caller, CreditDto credit, byte[] content, string fileName = "证明.pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(credit.ConcurrencyStamp.ToString()), "concurrencyStamp" } };
        return caller.PostAsync($"/api/certification/credits/{credit.Id}/evidence", form);
    }
}
