using System.Net;
using System.Text.Json;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.IntegrationTests.Training;
using Cqo.Platform.Outbox;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Certification;

/// <summary>A pass issues one certificate, numbered without gaps per year and district; the municipal regulator issues by hand.</summary>
[Collection(HostCollection.Name)]
public sealed class CertificateIssueTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);

    [Fact]
    public async Task A_private_pass_issues_a_certificate_numbered_in_the_providers_district_and_valid_three_years()
    {
        var (course, trainee, certificate) = await _api.PassedAsync();
        var today = app.Clock.Today();

        certificate.Number.ShouldMatch($@"^SHCQO-{today.Year}-310104-\d{{6}}$");
        certificate.ShouldSatisfyAllConditions(
            c => c.Status.ShouldBe(CertificateStatus.Valid),
            c => c.Origin.ShouldBe(CertificateOrigin.CoursePassed),
            c => c.HolderName.ShouldBe(trainee.Enrolment.TraineeName),
            c => c.HolderUserId.ShouldBe(trainee.Enrolment.TraineeUserId),
            c => c.CourseId.ShouldBe(course.Id),
            c => c.CourseTitle.ShouldBe(course.Title),
            c => c.ProviderId.ShouldBe(course.ProviderId),
            c => c.IssuedOn.ShouldBe(today),
            c => c.ValidUntil.ShouldBe(today.AddYears(3).AddDays(-1)));

        var mine = await CertificationApi.ListAsync(_api.Holder(trainee.Enrolment.TraineeUserId!.Value), "mine=true");
        mine.Items.ShouldHaveSingleItem().Number.ShouldBe(certificate.Number);
        (await CertificationApi.ListAsync(_api.Provider(course.ProviderId), $"courseId={course.Id}")).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_sponsored_pass_takes_the_enterprises_district_and_is_seen_by_its_regulator_only()
    {
        var (enterprise, staff) = await _api.Training.EnterpriseWithStaffAsync(1, RegistryApi.Pudong);
        var course = await _api.Training.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        var enrolled = await TrainingApi.ReadAsync<List<EnrolmentDto>>(await _api.Training.EnrolStaffAsync(course, enterprise.Id, staff[0].Id));
        course = await _api.Training.AdvanceAsync(course, "start");
        await _api.Training.AttendAsync(course, (enrolled[0].Id, 8));
        course = await _api.Training.AdvanceAsync(course, "start-exams");
        await TrainingApi.ReadAsync<AttendanceGridDto>(await _api.Training.ScoreAsync(course, (enrolled[0].Id, 72m)));
        await _api.Training.PublishResultsAsync(course);

        var certificate = await _api.CertificateOfAsync(enrolled[0].Id);

        certificate.Number.ShouldMatch($@"^SHCQO-{app.Clock.Today().Year}-310115-\d{{6}}$");
        certificate.EnterpriseId.ShouldBe(enterprise.Id);
        certificate.PersonId.ShouldBe(staff[0].Id);
        certificate.IdNumberMasked.ShouldBe(staff[0].IdNumberMasked);
        (await _api.Enterprise(enterprise.Id).GetAsync($"/api/certification/certificates/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.District(RegistryApi.Pudong).GetAsync($"/api/certification/certificates/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.District(RegistryApi.Xuhui).GetAsync($"/api/certification/certificates/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await _api.Registry.RegisterEnterpriseAsync();
        (await _api.Enterprise(other.Id).GetAsync($"/api/certification/certificates/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.Holder(Guid.NewGuid()).GetAsync($"/api/certification/certificates/{certificate.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_pass_delivered_again_and_concurrently_issues_exactly_one_certificate()
    {
        var (_, trainee, first) = await _api.PassedAsync();
        var passed = await PassEventAsync(trainee.Id);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IssueOnPass>().HandleAsync(passed, CancellationToken.None);
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IssueOnPass>().HandleAsync(passed, CancellationToken.None);
        }

        var issued = await _api.QueryAsync(db => db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).Where(c => c.EnrolmentId == trainee.Id).Select(c => c.Number));
        issued.ShouldHaveSingleItem().ShouldBe(first.Number);
    }

    [Fact]
    public async Task Fifty_issues_at_once_in_one_district_take_fifty_distinct_numbers_without_gaps()
    {
        const string chongming = "310151";
        var enterprise = await _api.Registry.RegisterEnterpriseAsync(chongming);
        var people = new List<Guid>();
        for (var i = 0; i < 50; i++)
        {
            var idNumber = RegistryApi.NewResidentId(new DateOnly(1980, 1, 1).AddDays(i));
            people.Add((await _api.Registry.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, idNumber))).Id);
        }

        var answers = await Task.WhenAll(people.Select(p => _api.IssueAsync(p)));

        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var year = app.Clock.Today().Year;
        var sequences = await _api.QueryAsync(db => db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(c => c.Year == year && c.DistrictCode == chongming).Select(c => c.Sequence));
        sequences.Count.ShouldBeGreaterThanOrEqualTo(50);
        sequences.Order().ShouldBe(Enumerable.Range(1, sequences.Count), "gap-free from 1");
        var numbers = await _api.QueryAsync(db => db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope])
            .Where(c => c.EnterpriseId == enterprise.Id).Select(c => c.Number));
        numbers.Distinct().Count().ShouldBe(50);
    }

    [Fact]
    public async Task Issuing_by_hand_names_the_field_at_fault_and_is_the_municipal_regulators()
    {
        var enterprise = await _api.Registry.RegisterEnterpriseAsync();
        var person = await _api.Registry.CreatePersonAsync(enterprise.Id);

        await (await _api.IssueAsync(Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "personId");
        await (await _api.IssueAsync(person.Id, app.Clock.Today().AddDays(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "issuedOn");
        await (await _api.IssueAsync(person.Id, reason: "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");
        (await _api.IssueAsync(person.Id, caller: _api.District())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var issued = await TrainingApi.ReadAsync<CertificateDetailDto>(await _api.IssueAsync(person.Id), HttpStatusCode.Created);
        issued.Certificate.Origin.ShouldBe(CertificateOrigin.Manual);
        issued.History.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            h => h.Kind.ShouldBe(CertificateChangeKind.Issued),
            h => h.Reason.ShouldBe("外省培训证书认定"),
            h => h.ByName.ShouldNotBeNullOrEmpty());
    }

    [Fact]
    public async Task A_search_exports_as_csv_with_chinese_headers_and_masked_ids_within_scope()
    {
        var enterprise = await _api.Registry.RegisterEnterpriseAsync(RegistryApi.Xuhui);
        var person = await _api.Registry.CreatePersonAsync(enterprise.Id);
        var issued = (await TrainingApi.ReadAsync<CertificateDetailDto>(await _api.IssueAsync(person.Id), HttpStatusCode.Created)).Certificate;

        var csv = await _api.Municipal().GetAsync($"/api/certification/certificates.csv?enterpriseId={enterprise.Id}");
        var text = await csv.Content.ReadAsStringAsync();

        csv.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("\"证书编号\",\"姓名\",\"证件号码\",\"状态\"");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(issued.Number);
        lines[1].ShouldContain(person.IdNumberMasked);
        lines[1].ShouldContain("\"有效\"");
        (await (await _api.Enterprise(Guid.NewGuid()).GetAsync($"/api/certification/certificates.csv?enterpriseId={enterprise.Id}")).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1, "another enterprise gets the header only");
        await (await _api.Municipal().GetAsync("/api/certification/certificates.csv?status=Lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "status");
    }

    private async Task<CoursePassed> PassEventAsync(Guid enrolmentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = enrolmentId.ToString();
        var payload = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.EventType == CoursePassed.EventName && m.Payload.Contains(key)).Select(m => m.Payload).SingleAsync();
        return JsonSerializer.Deserialize<CoursePassed>(payload, OutboxJson.Options)!;
    }
}
