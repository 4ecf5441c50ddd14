using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Infrastructure.Seeding;

/// <summary>
/// The demo provider (the organisation identity's demo provider accounts act for), approved, with two
/// trainers and one published appointment-training course a month ahead: the eight v1 modules in
/// eight three-hour sessions over four days.
/// </summary>
internal sealed class DemoTraining(TrainingDbContext db, TimeProvider clock)
{
    public const string ProviderUscc = "91330101589882738D";

    private static readonly (TimeOnly Start, TimeOnly End)[] s_halfDays = [(new(9, 0), new(12, 0)), (new(13, 30), new(16, 30))];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var providerId = OrganisationIds.FromUscc(ProviderUscc);
        if (await db.Providers.IgnoreQueryFilters([QueryFilters.DataScope]).AnyAsync(p => p.Id == providerId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var provider = new Provider(providerId, ProviderUscc, new ProviderProfile(
            "上海市质量教育培训中心（示例）", "310104", "上海市徐汇区示例路 100 号", "陈老师", "021-60000000", "training@demo.cqo.local"));
        provider.Review(ProviderStatus.Approved, "示例机构", null, now);
        var trainers = new[]
        {
            new Trainer(Guid.CreateVersion7(now), providerId, new TrainerProfile("周质明", "教授", null, null, Active: true)),
            new Trainer(Guid.CreateVersion7(now), providerId, new TrainerProfile("吴卓越", "高级工程师", null, null, Active: true)),
        };
        var start = clock.Today().AddDays(30);
        var modules = Enumerable.Range(1, 8).Select(i => new CourseModuleDto($"M{i:00}", 3m)).ToList();
        var course = new Course(Guid.CreateVersion7(now), providerId, new CourseTerms(
            $"{start.Year}年第一期企业首席质量官任职培训（示例）", "覆盖任职培训大纲 v1 全部八个必修模块，结业考试合格者可申请证书。",
            CourseType.AppointmentTraining, CourseTier.Intermediate, CourseDelivery.OnSite, "v1", modules,
            start, start.AddDays(3), clock.Today(), start.AddDays(-1), Capacity: 60, ExamDate: start.AddDays(3),
            PassMark: 60, MinAttendancePercent: 80, MaxAttempts: 2));
        for (var i = 0; i < modules.Count; i++)
        {
            var (from, to) = s_halfDays[i % 2];
            var day = start.AddDays(i / 2);
            course.AddSession(Guid.CreateVersion7(now), new SessionSlot(
                day.AtShanghaiTime(from), day.AtShanghaiTime(to), modules[i].ModuleCode, trainers[i % 2].Id, "第一培训教室", null));
        }

        course.Publish();
        db.Providers.Add(provider);
        db.Trainers.AddRange(trainers);
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
    }
}
