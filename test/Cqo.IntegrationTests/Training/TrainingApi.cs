using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

/// <summary>Callers in each scope, and the steps most training tests start from.</summary>
internal sealed class TrainingApi(CqoApp app)
{
    private static readonly string[] s_provider =
    [
        TrainingPermissions.Providers, TrainingPermissions.ProvidersRegister, TrainingPermissions.TrainersManage,
        TrainingPermissions.Courses, TrainingPermissions.CoursesManage, TrainingPermissions.CoursesTeach, TrainingPermissions.Enrolments,
    ];

    private static readonly string[] s_officer = [TrainingPermissions.Courses, TrainingPermissions.Enrolments, TrainingPermissions.EnrolmentsApply];

    private static readonly string[] s_sponsor = [TrainingPermissions.Courses, TrainingPermissions.Enrolments, TrainingPermissions.EnrolmentsSponsor];

    private static readonly string[] s_municipal = [.. s_provider, TrainingPermissions.ProvidersReview];

    /// <summary>The eight compulsory modules of syllabus v1, three hours each.</summary>
    public static readonly IReadOnlyList<CourseModuleDto> V1Modules = [.. Enumerable.Range(1, 8).Select(i => new CourseModuleDto($"M{i:00}", 3m))];

    public HttpClient Municipal() => As("MunicipalRegulator::310000", s_municipal);

    public HttpClient Provider(Guid providerId) => As($"TrainingProvider:{providerId}", s_provider);

    public HttpClient Officer() => As($"Individual::", s_officer);

    /// <summary>An officer whose account names <paramref name="enterpriseId"/> as employer (the sponsor of their applications).</summary>
    public HttpClient OfficerOf(Guid enterpriseId, string jurisdiction = "310115") => As($"Individual:{enterpriseId}:{jurisdiction}", s_officer);

    /// <summary>An enterprise administrator, who confirms its staff's applications and enrols them.</summary>
    public HttpClient Sponsor(Guid enterpriseId) => As($"Enterprise:{enterpriseId}", s_sponsor);

    public HttpClient As(string scope, string[] permissions)
    {
        var client = app.CreateClientAs(Guid.NewGuid(), permissions);
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.ScopeHeader, scope);
        return client;
    }

    public static object NewProvider(string uscc) => new
    {
        uscc,
        name = $"上海测试培训中心{uscc[^6..]}",
        districtCode = "310104",
        address = "上海市徐汇区测试路 1 号",
        contactName = "陈老师",
        contactPhone = "021-60000001",
        contactEmail = "train@example.cn",
    };

    /// <summary>A provider registered by itself and approved by the municipal regulator.</summary>
    public async Task<ProviderDto> ApprovedProviderAsync()
    {
        var uscc = IdentityApi.NewUscc();
        var id = OrganisationIds.FromUscc(uscc);
        var registered = await ReadAsync<ProviderDto>(await Provider(id).PostAsJsonAsync("/api/training/providers", NewProvider(uscc), Json.Options), HttpStatusCode.Created);
        return await ReadAsync<ProviderDto>(await Municipal().PostAsJsonAsync(
            $"/api/training/providers/{id}/review", new { decision = "Approved", concurrencyStamp = registered.ConcurrencyStamp }, Json.Options));
    }

    public async Task<TrainerDto> AddTrainerAsync(Guid providerId, string name = "周质明") =>
        await ReadAsync<TrainerDto>(await Provider(providerId).PostAsJsonAsync("/api/training/trainers", new { name, title = "教授" }, Json.Options), HttpStatusCode.Created);

    public static object NewCourse(
        DateOnly start, CourseType type = CourseType.AppointmentTraining, IReadOnlyList<CourseModuleDto>? modules = null, CourseDelivery delivery = CourseDelivery.OnSite) => new
        {
            title = "企业首席质量官任职培训（测试）",
            description = "测试课程",
            type,
            tier = "Intermediate",
            delivery,
            syllabusVersionCode = "v1",
            modules = modules ?? V1Modules,
            startDate = start,
            endDate = start.AddDays(3),
            enrolmentOpens = start.AddDays(-30),
            enrolmentCloses = start.AddDays(-1),
            capacity = 40,
            examDate = start.AddDays(3),
        };

    /// <summary>A request body with some properties replaced or added.</summary>
    public static Dictionary<string, object?> With(object body, params (string Name, object? Value)[] changes)
    {
        var properties = JsonSerializer.SerializeToElement(body, Json.Options).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        foreach (var (name, value) in changes)
        {
            properties[name] = value;
        }

        return properties;
    }

    public async Task<CourseDto> DraftCourseAsync(Guid providerId, DateOnly start, object? course = null) =>
        await ReadAsync<CourseDto>(await Provider(providerId).PostAsJsonAsync("/api/training/courses", course ?? NewCourse(start), Json.Options), HttpStatusCode.Created);

    public static object Session(CourseDto course, DateOnly date, string from, string to, string module, Guid trainerId, string? venue = "第一教室") => new
    {
        date,
        startTime = from,
        endTime = to,
        moduleCode = module,
        trainerId,
        venue,
        concurrencyStamp = course.ConcurrencyStamp,
    };

    public Task<HttpResponseMessage> AddSessionAsync(CourseDto course, object session) =>
        Provider(course.ProviderId).PostAsJsonAsync($"/api/training/courses/{course.Id}/sessions", session, Json.Options);

    /// <summary>Eight three-hour sessions over the course's four days, one trainer, in <paramref name="venue"/>.</summary>
    public async Task<CourseDto> ScheduleAllAsync(CourseDto course, Guid trainerId, string venue = "第一教室")
    {
        for (var i = 0; i < course.Modules.Count; i++)
        {
            var (from, to) = i % 2 == 0 ? ("09:00", "12:00") : ("13:30", "16:30");
            course = await ReadAsync<CourseDto>(await AddSessionAsync(course, Session(course, course.StartDate.AddDays(i / 2), from, to, course.Modules[i].ModuleCode, trainerId, venue)));
        }

        return course;
    }

    /// <summary>An approved provider's appointment course, fully scheduled and published, open for enrolment today.</summary>
    public async Task<CourseDto> PublishedCourseAsync(DateOnly start, int capacity = 40)
    {
        var provider = await ApprovedProviderAsync();
        var trainer = await AddTrainerAsync(provider.Id);
        var course = await DraftCourseAsync(provider.Id, start, With(NewCourse(start), ("capacity", capacity)));
        course = await ScheduleAllAsync(course, trainer.Id);
        return await ReadAsync<CourseDto>(await StepAsync(course, "publish"));
    }

    public async Task<HttpResponseMessage> StepAsync(CourseDto course, string step, string? reason = null, HttpClient? caller = null) =>
        await (caller ?? Provider(course.ProviderId)).PostAsJsonAsync(
            $"/api/training/courses/{course.Id}/{step}", new { concurrencyStamp = course.ConcurrencyStamp, reason }, Json.Options);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }
}
