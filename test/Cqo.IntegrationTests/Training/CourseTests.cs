using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Cqo.Training.Application.Courses;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Training;

[Collection(HostCollection.Name)]
public sealed class CourseTests(CqoApp app)
{
    private readonly DateOnly _start = app.Clock.Today().AddDays(40);
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task Appointment_training_must_cover_every_compulsory_module_of_its_syllabus()
    {
        var provider = await _api.ApprovedProviderAsync();
        var client = _api.Provider(provider.Id);

        var missing = await client.PostAsJsonAsync("/api/training/courses",
            TrainingApi.NewCourse(_start, modules: [.. TrainingApi.V1Modules.Take(7)]), Json.Options);
        var problem = await missing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.syllabus_not_covered", "modules");
        problem.GetProperty("errors").GetProperty("modules").GetArrayLength().ShouldBe(2, "M08 is missing, and 21 hours are fewer than 24");

        var unknown = await client.PostAsJsonAsync("/api/training/courses",
            TrainingApi.NewCourse(_start, modules: [.. TrainingApi.V1Modules, new CourseModuleDto("M99", 2m)]), Json.Options);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "modules[8].moduleCode");

        var continuing = await _api.DraftCourseAsync(provider.Id, _start,
            TrainingApi.NewCourse(_start, CourseType.ContinuingEducation, [new CourseModuleDto("M04", 3m)]));
        continuing.TotalHours.ShouldBe(3m, "continuing education may cover any modules");
        continuing.Status.ShouldBe(CourseStatus.Draft);
    }

    [Fact]
    public async Task A_new_syllabus_version_is_added_once_and_courses_naming_it_are_checked_against_it()
    {
        var code = $"v9.{Random.Shared.Next(1000, 9999)}";
        var manager = app.CreateClientAs(Guid.NewGuid(), Cqo.Reference.Contracts.ReferencePermissions.Manage);
        var version = new
        {
            code,
            titleZh = "企业首席质量官任职培训大纲（测试版）",
            titleEn = "CQO syllabus (test)",
            effectiveFrom = _start,
            requiredHours = 8m,
            modules = new[]
            {
                new { code = "N01", nameZh = "质量强国战略", nameEn = "Quality power strategy", hours = 4m, compulsory = true },
                new { code = "N02", nameZh = "数字化质量管理", nameEn = "Digital quality management", hours = 4m, compulsory = true },
                new { code = "N03", nameZh = "质量案例研讨", nameEn = "Quality cases", hours = 2m, compulsory = false },
            },
        };
        (await manager.PostAsJsonAsync("/api/reference/syllabus-versions", version, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await manager.PostAsJsonAsync("/api/reference/syllabus-versions", version, Json.Options);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "reference.syllabus_code_taken");
        (await _api.Provider(Guid.NewGuid()).PostAsJsonAsync("/api/reference/syllabus-versions", version, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await manager.PostAsJsonAsync("/api/reference/syllabus-versions", new { code = "2", titleZh = "x", titleEn = "x", effectiveFrom = _start, requiredHours = 1m, modules = version.modules }, Json.Options);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "code", "requiredHours");

        var provider = await _api.ApprovedProviderAsync();
        var v1Modules = TrainingApi.With(TrainingApi.NewCourse(_start), ("syllabusVersionCode", code));
        var wrong = await _api.Provider(provider.Id).PostAsJsonAsync("/api/training/courses", v1Modules, Json.Options);
        await wrong.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "modules[0].moduleCode");

        var course = await _api.DraftCourseAsync(provider.Id, _start, TrainingApi.With(
            TrainingApi.NewCourse(_start, modules: [new CourseModuleDto("N01", 4m), new CourseModuleDto("N02", 4m)]), ("syllabusVersionCode", code)));
        course.SyllabusVersionCode.ShouldBe(code);
        course.TotalHours.ShouldBe(8m);
    }

    [Fact]
    public async Task Dates_capacity_and_marks_are_validated_by_field()
    {
        var provider = await _api.ApprovedProviderAsync();
        var broken = TrainingApi.With(
            TrainingApi.NewCourse(_start), ("title", ""), ("endDate", _start.AddDays(-1)), ("enrolmentCloses", _start.AddDays(1)), ("capacity", 0), ("passMark", 101));

        var unknownTier = await _api.Provider(provider.Id).PostAsJsonAsync("/api/training/courses", TrainingApi.With(broken, ("tier", "Expert")), Json.Options);
        await unknownTier.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "invalid_value", "tier");

        var second = await _api.Provider(provider.Id).PostAsJsonAsync("/api/training/courses", broken, Json.Options);
        await second.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "title", "endDate", "enrolmentCloses", "capacity", "passMark");
    }

    [Fact]
    public async Task A_session_must_fit_the_course_its_module_hours_and_the_place()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, _start);

        var outside = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start.AddDays(10), "09:00", "12:00", "M01", trainer.Id));
        await outside.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "date");

        var tooLong = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "08:00", "12:00", "M01", trainer.Id));
        await tooLong.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "moduleCode");

        var noVenue = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "09:00", "12:00", "M01", trainer.Id, venue: null));
        await noVenue.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "venue");

        var backwards = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "12:00", "09:00", "M01", trainer.Id));
        await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "endTime");

        var other = await _api.ApprovedProviderAsync();
        var stranger = await _api.AddTrainerAsync(other.Id);
        var foreignTrainer = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "09:00", "12:00", "M01", stranger.Id));
        await foreignTrainer.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "trainerId");

        var added = await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "09:00", "12:00", "M01", trainer.Id)));
        var session = added.Sessions.ShouldHaveSingleItem();
        (session.Date, session.StartTime, session.EndTime).ShouldBe((_start, new TimeOnly(9, 0), new TimeOnly(12, 0)), "shown in Shanghai time as entered");
        session.Sequence.ShouldBe(0);

        var stale = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "13:30", "16:30", "M02", trainer.Id));
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency_conflict");

        var moved = await TrainingApi.ReadAsync<CourseDto>(await _api.Provider(provider.Id).PutAsJsonAsync(
            $"/api/training/courses/{course.Id}/sessions/{session.Id}", TrainingApi.Session(added, _start, "10:00", "13:00", "M01", trainer.Id), Json.Options));
        moved.Sessions.ShouldHaveSingleItem().Sequence.ShouldBe(1, "a calendar client sees the change");
    }

    [Fact]
    public async Task A_trainer_or_a_room_is_not_booked_twice_at_the_same_time()
    {
        var provider = await _api.ApprovedProviderAsync();
        var zhou = await _api.AddTrainerAsync(provider.Id, "周质明");
        var wu = await _api.AddTrainerAsync(provider.Id, "吴卓越");
        var first = await _api.DraftCourseAsync(provider.Id, _start);
        var second = await _api.DraftCourseAsync(provider.Id, _start);
        await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(first, TrainingApi.Session(first, _start, "09:00", "12:00", "M01", zhou.Id, "第一教室")));

        var sameTrainer = await _api.AddSessionAsync(second, TrainingApi.Session(second, _start, "11:00", "14:00", "M01", zhou.Id, "第二教室"));
        var problem = await sameTrainer.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "trainerId");
        problem.GetProperty("errors").GetProperty("trainerId")[0].GetString()!.ShouldContain(first.Title);

        var sameRoom = await _api.AddSessionAsync(second, TrainingApi.Session(second, _start, "09:30", "11:30", "M01", wu.Id, "第一教室"));
        await sameRoom.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "venue");

        await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(second, TrainingApi.Session(second, _start, "12:00", "15:00", "M01", zhou.Id, "第一教室")));
    }

    [Fact]
    public async Task Two_simultaneous_bookings_of_one_trainer_cannot_both_succeed()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var courses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _api.DraftCourseAsync(provider.Id, _start)));

        var answers = await Task.WhenAll(courses.Select((c, i) =>
            _api.AddSessionAsync(c, TrainingApi.Session(c, _start, "09:00", "12:00", "M01", trainer.Id, $"教室{i}"))));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", answers.Select(a => a.StatusCode)));
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict || a.StatusCode == HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Publishing_needs_approval_and_every_module_scheduled_then_the_catalogue_shows_it()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, _start);
        var officer = _api.Officer();
        (await officer.GetAsync($"/api/training/courses/{course.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft is its provider's");
        (await _api.Provider((await _api.ApprovedProviderAsync()).Id).GetAsync($"/api/training/courses/{course.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var early = await _api.StepAsync(course, "publish");
        await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.course_not_publishable", "sessions");

        course = await _api.ScheduleAllAsync(course, trainer.Id);
        course.Sessions.Count.ShouldBe(8);
        var published = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));
        published.Status.ShouldBe(CourseStatus.Published);

        var seen = await TrainingApi.ReadAsync<CourseDto>(await officer.GetAsync($"/api/training/courses/{course.Id}"));
        seen.ProviderName.ShouldBe(provider.Name);
        var open = await TrainingApi.ReadAsync<PagedResult<CourseListItemDto>>(await officer.GetAsync(
            $"/api/training/courses?providerId={provider.Id}&openForEnrolmentOn={_start.AddDays(-5):yyyy-MM-dd}"));
        open.Items.ShouldHaveSingleItem().Id.ShouldBe(course.Id);

        var terms = TrainingApi.With(TrainingApi.NewCourse(_start), ("concurrencyStamp", published.ConcurrencyStamp));
        var revise = await _api.Provider(provider.Id).PutAsJsonAsync($"/api/training/courses/{course.Id}", terms, Json.Options);
        await revise.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");
    }

    [Fact]
    public async Task A_provider_not_yet_approved_cannot_publish()
    {
        var uscc = Identity.IdentityApi.NewUscc();
        var id = Cqo.Reference.Contracts.Identifiers.OrganisationIds.FromUscc(uscc);
        await TrainingApi.ReadAsync<ProviderDto>(await _api.Provider(id).PostAsJsonAsync("/api/training/providers", TrainingApi.NewProvider(uscc), Json.Options), HttpStatusCode.Created);
        var trainer = await _api.AddTrainerAsync(id);
        var course = await _api.ScheduleAllAsync(await _api.DraftCourseAsync(id, _start), trainer.Id);

        var refused = await _api.StepAsync(course, "publish");
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.course_not_publishable", "providerId");
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_is_refused_once_the_course_ha_started()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.ScheduleAllAsync(await _api.DraftCourseAsync(provider.Id, _start), trainer.Id);
        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));

        var noReason = await _api.StepAsync(course, "cancel");
        await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "reason");

        var started = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "start"));
        var late = await _api.StepAsync(started, "cancel", "讲师临时有事");
        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");

        var other = await _api.ScheduleAllAsync(await _api.DraftCourseAsync(provider.Id, _start.AddDays(10)), trainer.Id);
        var cancelled = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(other, "cancel", "报名人数不足"));
        cancelled.Status.ShouldBe(CourseStatus.Cancelled);
        cancelled.CancelReason.ShouldBe("报名人数不足");
    }

    [Fact]
    public async Task The_course_calendar_keeps_each_sessions_uid_counts_its_changes_and_cancels()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id, "周质明");
        var course = await _api.ScheduleAllAsync(await _api.DraftCourseAsync(provider.Id, _start), trainer.Id, "第一教室, 3楼");
        var first = course.Sessions[0];

        var feed = await CalendarAsync(course);
        feed.ShouldStartWith("BEGIN:VCALENDAR\r\n");
        feed.ShouldContain("METHOD:PUBLISH");
        feed.Split("BEGIN:VEVENT").Length.ShouldBe(9, "eight sessions");
        feed.ShouldContain($"UID:{first.Id}@cqo-platform");
        feed.ShouldContain("LOCATION:第一教室\\, 3楼");
        feed.ShouldContain($"DTSTART:{_start:yyyyMMdd}T010000Z", Case.Sensitive, "09:00 in Shanghai is 01:00 UTC");
        feed.ShouldContain("讲师：周质明");

        course = await TrainingApi.ReadAsync<CourseDto>(await _api.Provider(provider.Id).PutAsJsonAsync(
            $"/api/training/courses/{course.Id}/sessions/{first.Id}", TrainingApi.Session(course, _start, "09:30", "12:30", first.ModuleCode, trainer.Id, "第二教室"), Json.Options));
        var moved = await CalendarAsync(course);
        Event(moved, first.Id).ShouldContain("SEQUENCE:1");
        Event(moved, first.Id).ShouldContain($"DTSTART:{_start:yyyyMMdd}T013000Z");

        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "cancel", "场地调整"));
        var cancelled = await CalendarAsync(course);
        cancelled.ShouldContain("METHOD:CANCEL");
        Event(cancelled, first.Id).ShouldContain("SEQUENCE:2");
        Event(cancelled, first.Id).ShouldContain("STATUS:CANCELLED");
    }

    [Fact]
    public async Task The_calendar_closes_enrolment_after_its_deadline_and_starts_the_course_on_its_first_day()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var today = app.Clock.Today();
        var terms = TrainingApi.With(TrainingApi.NewCourse(today.AddDays(2)), ("enrolmentCloses", today));
        var course = await _api.ScheduleAllAsync(await _api.DraftCourseAsync(provider.Id, today.AddDays(2), terms), trainer.Id);
        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));

        await AdvanceAsync();
        (await StatusAsync(course)).ShouldBe(CourseStatus.Published, "enrolment is open through its last day");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await AdvanceAsync();
        (await StatusAsync(course)).ShouldBe(CourseStatus.EnrolmentClosed);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await AdvanceAsync();
        (await StatusAsync(course)).ShouldBe(CourseStatus.InProgress);
    }

    private async Task AdvanceAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdvanceCourses>().RunAsync(CancellationToken.None);
    }

    private async Task<CourseStatus> StatusAsync(CourseDto course) =>
        (await TrainingApi.ReadAsync<CourseDto>(await _api.Provider(course.ProviderId).GetAsync($"/api/training/courses/{course.Id}"))).Status;

    private async Task<string> CalendarAsync(CourseDto course)
    {
        var response = await _api.Officer().GetAsync($"/api/training/courses/{course.Id}/calendar.ics");
        if (course.Status == CourseStatus.Draft)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a draft's calendar is its provider's");
            response = await _api.Provider(course.ProviderId).GetAsync($"/api/training/courses/{course.Id}/calendar.ics");
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return (await response.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal); // unfolded
    }

    private static string Event(string feed, Guid sessionId) =>
        feed.Split("BEGIN:VEVENT").Single(e => e.Contains($"UID:{sessionId}@cqo-platform", StringComparison.Ordinal));

    [Fact]
    public async Task Module_hours_add_up_in_whole_minutes_and_a_published_course_keeps_them()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, _start,
            TrainingApi.NewCourse(_start, CourseType.ContinuingEducation, [new CourseModuleDto("M04", 2m)], CourseDelivery.Hybrid));
        foreach (var (from, to) in new[] { ("09:00", "09:40"), ("09:40", "10:20"), ("10:20", "11:00") })
        {
            course = await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, from, to, "M04", trainer.Id)));
        }

        var fourth = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "11:00", "11:01", "M04", trainer.Id));
        await fourth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "moduleCode");

        var online = await _api.Provider(provider.Id).PutAsJsonAsync($"/api/training/courses/{course.Id}", TrainingApi.With(
            TrainingApi.NewCourse(_start, CourseType.ContinuingEducation, [new CourseModuleDto("M04", 2m)], CourseDelivery.Online),
            ("concurrencyStamp", course.ConcurrencyStamp)), Json.Options);
        await online.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.sessions_outside_terms", "delivery");

        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));
        var removed = await _api.Provider(provider.Id).DeleteAsync(
            $"/api/training/courses/{course.Id}/sessions/{course.Sessions[0].Id}?concurrencyStamp={course.ConcurrencyStamp}");
        await removed.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.course_state");
        var shorter = await _api.Provider(provider.Id).PutAsJsonAsync($"/api/training/courses/{course.Id}/sessions/{course.Sessions[0].Id}",
            TrainingApi.Session(course, _start, "14:00", "14:30", "M04", trainer.Id), Json.Options);
        await shorter.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.session_conflicts", "endTime");
        var moved = await TrainingApi.ReadAsync<CourseDto>(await _api.Provider(provider.Id).PutAsJsonAsync($"/api/training/courses/{course.Id}/sessions/{course.Sessions[0].Id}",
            TrainingApi.Session(course, _start, "14:00", "14:40", "M04", trainer.Id), Json.Options));
        moved.Status.ShouldBe(CourseStatus.Published);
    }

    [Fact]
    public async Task Out_of_range_days_seconds_and_huge_hours_are_refused_by_field()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var huge = await _api.Provider(provider.Id).PostAsJsonAsync("/api/training/courses", TrainingApi.With(TrainingApi.NewCourse(_start),
            ("modules", new[] { new { moduleCode = "M01", hours = decimal.MaxValue } })), Json.Options);
        await huge.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "modules[0].hours");
        var ancient = await _api.Provider(provider.Id).PostAsJsonAsync("/api/training/courses", TrainingApi.With(TrainingApi.NewCourse(_start),
            ("startDate", "0001-01-01"), ("enrolmentOpens", "0001-01-01"), ("enrolmentCloses", "0001-01-01")), Json.Options);
        await ancient.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "startDate");

        var course = await _api.DraftCourseAsync(provider.Id, _start);
        var day = await _api.AddSessionAsync(course, TrainingApi.Session(course, DateOnly.MinValue, "00:00", "03:00", "M01", trainer.Id));
        await day.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "date");
        var seconds = await _api.AddSessionAsync(course, TrainingApi.Session(course, _start, "09:00:30", "12:00", "M01", trainer.Id));
        await seconds.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "startTime");
    }

    [Fact]
    public async Task An_online_link_is_shown_to_the_provider_not_to_the_public()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id);
        var course = await _api.DraftCourseAsync(provider.Id, _start,
            TrainingApi.NewCourse(_start, CourseType.ContinuingEducation, [new CourseModuleDto("M04", 3m)], CourseDelivery.Online));
        var session = TrainingApi.With(TrainingApi.Session(course, _start, "09:00", "12:00", "M04", trainer.Id, venue: null), ("onlineLink", "https://meeting.example.cn/room/42"));
        course = await TrainingApi.ReadAsync<CourseDto>(await _api.AddSessionAsync(course, session));
        course.Sessions.ShouldHaveSingleItem().OnlineLink.ShouldBe("https://meeting.example.cn/room/42");
        course = await TrainingApi.ReadAsync<CourseDto>(await _api.StepAsync(course, "publish"));

        var seen = await TrainingApi.ReadAsync<CourseDto>(await _api.Officer().GetAsync($"/api/training/courses/{course.Id}"));
        seen.Sessions.ShouldHaveSingleItem().OnlineLink.ShouldBeNull();
        (await (await _api.Officer().GetAsync($"/api/training/courses/{course.Id}/calendar.ics")).Content.ReadAsStringAsync()).ShouldNotContain("meeting.example.cn");
    }
}
