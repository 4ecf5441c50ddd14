using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
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
    public HttpClient OfficerOf(Guid enterpriseId, string jurisdiction = "310115", Guid? userId = null) =>
        As($"Individual:{enterpriseId}:{jurisdiction}", s_officer, userId);

    /// <summary>An enterprise administrator, who confirms its staff's applications and enrols them.</summary>
    public HttpClient Sponsor(Guid enterpriseId) => As($"Enterprise:{enterpriseId}", s_sponsor);

    public HttpClient As(string scope, string[] permissions, Guid? userId = null)
    {
        var client = app.CreateClientAs(userId ?? Guid.NewGuid(), permissions);
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

    /// <summary>
    /// One session per module, two a day from the start (from 09:00 and from 13:30), each as long as
    /// its module's hours: the eight v1 modules make eight three-hour sessions over four days.
    /// </summary>
    public async Task<CourseDto> ScheduleAllAsync(CourseDto course, Guid trainerId, string venue = "第一教室")
    {
        for (var i = 0; i < course.Modules.Count; i++)
        {
            var from = i % 2 == 0 ? new TimeOnly(9, 0) : new TimeOnly(13, 30);
            var to = from.AddMinutes((double)(course.Modules[i].Hours * 60));
            course = await ReadAsync<CourseDto>(await AddSessionAsync(course, Session(
                course, course.StartDate.AddDays(i / 2), HoursMinutes(from), HoursMinutes(to), course.Modules[i].ModuleCode, trainerId, venue)));
        }

        return course;
    }

    /// <summary>An approved provider's course (appointment training unless <paramref name="terms"/> say otherwise), fully scheduled and published, open for enrolment today.</summary>
    public async Task<CourseDto> PublishedCourseAsync(DateOnly start, int capacity = 40, params (string Name, object? Value)[] terms)
    {
        var provider = await ApprovedProviderAsync();
        var trainer = await AddTrainerAsync(provider.Id);
        var course = await DraftCourseAsync(provider.Id, start, With(NewCourse(start), [("capacity", capacity), .. terms]));
        course = await ScheduleAllAsync(course, trainer.Id);
        return await ReadAsync<CourseDto>(await StepAsync(course, "publish"));
    }

    /// <summary>The course as its provider sees it now (seats taken, current stamp).</summary>
    public async Task<CourseDto> CourseAsync(CourseDto course) =>
        await ReadAsync<CourseDto>(await Provider(course.ProviderId).GetAsync($"/api/training/courses/{course.Id}"));

    /// <summary>Takes a step in the course's life cycle with its current stamp, whatever enrolments did meanwhile.</summary>
    public async Task<CourseDto> AdvanceAsync(CourseDto course, string step) =>
        await ReadAsync<CourseDto>(await StepAsync(await CourseAsync(course), step));

    public async Task<HttpResponseMessage> StepAsync(CourseDto course, string step, string? reason = null, HttpClient? caller = null) =>
        await (caller ?? Provider(course.ProviderId)).PostAsJsonAsync(
            $"/api/training/courses/{course.Id}/{step}", new { concurrencyStamp = course.ConcurrencyStamp, reason }, Json.Options);

    // Enrolments, attendance and exams.

    public Task<HttpResponseMessage> ApplyAsync(HttpClient officer, CourseDto course) =>
        officer.PostAsync($"/api/training/courses/{course.Id}/enrolments", null);

    /// <summary>An officer (a private one unless given) who applied: admitted, waitlisted or awaiting their sponsor.</summary>
    public async Task<Applicant> AppliedAsync(CourseDto course, HttpClient? officer = null)
    {
        officer ??= Officer();
        return new(officer, await ReadAsync<EnrolmentDto>(await ApplyAsync(officer, course), HttpStatusCode.Created));
    }

    /// <summary>Private officers who applied one after the other, each a second after the one before (so the waitlist has an order).</summary>
    public async Task<Applicant[]> AppliedAsync(CourseDto course, int count)
    {
        var applicants = new Applicant[count];
        for (var i = 0; i < count; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            applicants[i] = await AppliedAsync(course);
        }

        return applicants;
    }

    /// <summary>A step on an enrolment (confirm, reject, withdraw, no-show) with the stamp of <paramref name="enrolment"/>.</summary>
    public static Task<HttpResponseMessage> EnrolmentStepAsync(HttpClient caller, EnrolmentDto enrolment, string step, string? reason = null, Guid? personId = null) =>
        caller.PostAsJsonAsync($"/api/training/enrolments/{enrolment.Id}/{step}", new { concurrencyStamp = enrolment.ConcurrencyStamp, reason, personId }, Json.Options);

    /// <summary>The enrolment as <paramref name="caller"/> sees it now.</summary>
    public static async Task<EnrolmentDto> EnrolmentAsync(HttpClient caller, Guid id) =>
        await ReadAsync<EnrolmentDto>(await caller.GetAsync($"/api/training/enrolments/{id}"));

    /// <summary>The enrolments <paramref name="caller"/> lists with <paramref name="query"/> (a course's, usually, since tests share the database).</summary>
    public static async Task<IReadOnlyList<EnrolmentDto>> EnrolmentsAsync(HttpClient caller, string query) =>
        (await ReadAsync<PagedResult<EnrolmentDto>>(await caller.GetAsync($"/api/training/enrolments?take=1000&{query}"))).Items;

    public Task<HttpResponseMessage> EnrolStaffAsync(CourseDto course, Guid enterpriseId, params Guid[] personIds) =>
        Sponsor(enterpriseId).PostAsJsonAsync($"/api/training/courses/{course.Id}/enrolments/staff", new { personIds }, Json.Options);

    /// <summary>An enterprise in the registry with <paramref name="count"/> people on its staff.</summary>
    public async Task<(EnterpriseDto Enterprise, PersonDto[] Staff)> EnterpriseWithStaffAsync(int count, string district = RegistryApi.Pudong)
    {
        var registry = new RegistryApi(app);
        var enterprise = await registry.RegisterEnterpriseAsync(district);
        var staff = new PersonDto[count];
        for (var i = 0; i < count; i++)
        {
            staff[i] = await registry.CreatePersonAsync(enterprise.Id);
        }

        return (enterprise, staff);
    }

    public static object Mark(Guid enrolmentId, Guid sessionId, AttendanceMark mark) => new { enrolmentId, sessionId, mark };

    public Task<HttpResponseMessage> SaveMarksAsync(CourseDto course, params object[] marks) =>
        Provider(course.ProviderId).PutAsJsonAsync($"/api/training/courses/{course.Id}/attendance", new { marks }, Json.Options);

    /// <summary>Marks each trainee present at the course's first sessions, as many as given, and absent from the rest.</summary>
    public async Task<AttendanceGridDto> AttendAsync(CourseDto course, params (Guid EnrolmentId, int Present)[] trainees)
    {
        var sessions = course.Sessions.OrderBy(s => s.Date).ThenBy(s => s.StartTime).ToList();
        var marks = trainees.SelectMany(t => sessions.Select((s, i) => Mark(t.EnrolmentId, s.Id, i < t.Present ? AttendanceMark.Present : AttendanceMark.Absent)));
        return await ReadAsync<AttendanceGridDto>(await SaveMarksAsync(course, [.. marks]));
    }

    public async Task<AttendanceGridDto> GridAsync(CourseDto course) =>
        await ReadAsync<AttendanceGridDto>(await Provider(course.ProviderId).GetAsync($"/api/training/courses/{course.Id}/attendance"));

    public Task<HttpResponseMessage> ScoreAsync(CourseDto course, params (Guid EnrolmentId, decimal? Score)[] scores) =>
        Provider(course.ProviderId).PutAsJsonAsync(
            $"/api/training/courses/{course.Id}/scores", new { scores = scores.Select(s => new { enrolmentId = s.EnrolmentId, score = s.Score }) }, Json.Options);

    public async Task<AttendanceGridDto> PublishResultsAsync(CourseDto course) =>
        await ReadAsync<AttendanceGridDto>(await Provider(course.ProviderId).PostAsync($"/api/training/courses/{course.Id}/results/publish", null));

    /// <summary>
    /// A course in exams: private officers admitted, each present at as many of its eight sessions as
    /// <paramref name="sessionsAttended"/> says (in order), then exams started, which decides who may sit them.
    /// </summary>
    public async Task<(CourseDto Course, Applicant[] Trainees)> ExaminingAsync(int[] sessionsAttended, params (string Name, object? Value)[] terms)
    {
        var course = await PublishedCourseAsync(app.Clock.Today().AddDays(10), 40, terms);
        var trainees = await AppliedAsync(course, sessionsAttended.Length);
        course = await AdvanceAsync(course, "start");
        await AttendAsync(course, [.. trainees.Select((t, i) => (t.Id, sessionsAttended[i]))]);
        return (await AdvanceAsync(course, "start-exams"), trainees);
    }

    /// <summary>Moves the shared clock forward to <paramref name="instant"/>; it never goes back.</summary>
    public void ClockTo(DateTimeOffset instant)
    {
        var step = instant - app.Clock.GetUtcNow();
        step.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero, "the shared clock only moves forward");
        app.Clock.Advance(step);
    }

    private static string HoursMinutes(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }
}

/// <summary>An officer's client and their enrolment as applying answered it.</summary>
internal sealed record Applicant(HttpClient Client, EnrolmentDto Enrolment)
{
    public Guid Id => Enrolment.Id;
}
