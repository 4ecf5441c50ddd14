using System.IO.Compression;
using System.Net;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Training;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Certification;

/// <summary>Printable certificates: one as a PDF for its holder, a course's as a zip for its provider.</summary>
[Collection(HostCollection.Name)]
public sealed class CertificateDocumentTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task The_holder_downloads_a_pdf_and_the_provider_a_zip_of_the_courses_certificates()
    {
        var (course, trainees) = await _api.Training.ExaminingAsync([8, 8, 8]);
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.Training.ScoreAsync(course, [.. trainees.Select(t => (t.Id, (decimal?)80m))]));
        await _api.Training.PublishResultsAsync(course);
        var certificates = new List<Cqo.Certification.Contracts.CertificateDto>();
        foreach (var trainee in trainees)
        {
            certificates.Add(await _api.CertificateOfAsync(trainee.Id));
        }

        var pdf = await _api.Officer(trainees[0].Enrolment.TraineeUserId!.Value).GetAsync($"/api/certification/certificates/{certificates[0].Id}/pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{certificates[0].Number}.pdf");
        (await pdf.Content.ReadAsByteArrayAsync()).Take(5).ShouldBe("%PDF-"u8.ToArray());

        var zip = await _api.Provider(course.ProviderId).GetAsync($"/api/certification/courses/{course.Id}/certificates.zip");
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync());
        archive.Entries.Select(e => e.Name).Order().ShouldBe(certificates.Select(c => $"{c.Number}.pdf").Order());

        (await _api.Provider(Guid.NewGuid()).GetAsync($"/api/certification/courses/{course.Id}/certificates.zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.Officer(Guid.NewGuid()).GetAsync($"/api/certification/certificates/{certificates[0].Id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
