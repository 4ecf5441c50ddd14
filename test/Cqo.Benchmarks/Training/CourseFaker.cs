using Cqo.Benchmarks.Registry;
using Cqo.SharedKernel.Time;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// Courses of approved providers around a Shanghai "today": most published with their enrolment window open
/// today, the rest drafts, closed, running, examining, completed, archived or cancelled, their dates to match.
/// Appointment training covers the eight v1 modules in eight three-hour sessions; continuing education and the
/// public SME courses a few modules in 4-8 sessions. Titles name a topic, so a title search selects a few percent.
/// </summary>
internal sealed class CourseFaker(Random random, GeneratedIds ids, DateOnly today, IReadOnlyList<(ProviderRow Provider, Guid[] Trainers)> providers)
{
    /// <summary>Words in titles, the benchmark's title searches.</summary>
    public static readonly string[] Topics =
    [
        "质量文化", "品牌管理", "质量管理体系", "卓越绩效", "六西格玛", "精益生产", "可靠性工程", "计量管理", "标准化", "质量追溯",
        "供应链质量", "质量成本", "统计过程控制", "质量风险", "数字化质量", "顾客满意", "质量审核", "失效模式分析", "检验检测", "质量法律法规",
    ];

    private static readonly string[] s_modules = ["M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08"];
    private static readonly (TimeOnly Start, TimeOnly End)[] s_halfDays = [(new(9, 0), new(12, 0)), (new(13, 30), new(16, 30))];

    private static readonly WeightedPicker<string> s_statuses = new(
    [
        ("Published", 56), ("Draft", 4), ("EnrolmentClosed", 6), ("InProgress", 6), ("Examining", 2), ("Completed", 19), ("Archived", 5), ("Cancelled", 2),
    ]);

    private static readonly WeightedPicker<string> s_types = new([("AppointmentTraining", 40), ("ContinuingEducation", 45), ("PublicSmeTraining", 15)]);
    private static readonly WeightedPicker<(string Name, string Chinese)> s_tiers = new([(("Junior", "初级"), 30), (("Intermediate", "中级"), 50), (("Senior", "高级"), 20)]);
    private static readonly WeightedPicker<string> s_deliveries = new([("OnSite", 60), ("Online", 25), ("Hybrid", 15)]);

    // A few providers run many courses, most run a few.
    private readonly WeightedPicker<(ProviderRow Provider, Guid[] Trainers)> _providers = WeightedPicker<(ProviderRow, Guid[])>.Zipf(providers);

    public CourseRow Next()
    {
        var status = s_statuses.Next(random);
        var (opens, closes, start) = Dates(status);
        var type = s_types.Next(random);
        var tier = s_tiers.Next(random);
        var topic = Topics[random.Next(Topics.Length)];
        var title = type switch
        {
            "AppointmentTraining" => $"{start.Year}年第{random.Next(1, 13)}期企业首席质量官任职培训（{tier.Chinese}）",
            "ContinuingEducation" => $"{topic}专题继续教育（{tier.Chinese}）第{random.Next(1, 13)}期",
            _ => $"专精特新中小企业{topic}公益培训第{random.Next(1, 13)}期",
        };
        return Build(_providers.Next(random), title, topic, type, tier.Name, s_deliveries.Next(random), status, opens, closes, start, capacity: 10 * random.Next(12, 73));
    }

    /// <summary>A published appointment course open for enrolment today, for the enrolment run.</summary>
    public CourseRow LastSeats(int number, int capacity)
    {
        var closes = today.AddDays(20);
        var start = closes.AddDays(7);
        return Build(
            _providers.Next(random), $"{start.Year}年企业首席质量官任职培训·末位名额第{number:D3}班", "首席质量官制度", "AppointmentTraining", "Intermediate", "OnSite",
            "Published", today.AddDays(-5), closes, start, capacity);
    }

    private CourseRow Build(
        (ProviderRow Provider, Guid[] Trainers) provider, string title, string topic, string type, string tier, string delivery, string status,
        DateOnly opens, DateOnly closes, DateOnly start, int capacity)
    {
        var appointment = type == "AppointmentTraining";
        var modules = appointment ? s_modules : [.. s_modules.OrderBy(_ => random.Next()).Take(random.Next(2, type == "ContinuingEducation" ? 5 : 4)).Order()];
        var sessions = Enumerable.Range(0, appointment ? 8 : random.Next(4, 9))
            .Select(i => Session(start.AddDays(i / 2), s_halfDays[i % 2], modules[i % modules.Length], provider.Trainers, delivery))
            .ToList();
        var end = start.AddDays((sessions.Count - 1) / 2);
        return new CourseRow(
            ids.Next(),
            provider.Provider.Id,
            title,
            $"面向企业首席质量官和质量管理人员，围绕{topic}讲授政策要求、方法工具与企业实践，结业考核合格者记入培训档案。",
            type,
            tier,
            delivery,
            3m * sessions.Count,
            start,
            end,
            opens,
            closes,
            capacity,
            appointment ? end : null,
            status,
            status == "Cancelled" ? "报名人数不足，本期取消，已报名学员可改报下一期。" : null,
            opens.AddDays(-random.Next(1, 30)).AtShanghaiTime(new TimeOnly(10, 0)),
            [.. modules.Select(m => new ModuleRow(m, 3m * sessions.Count(s => s.ModuleCode == m)))],
            sessions);
    }

    private SessionRow Session(DateOnly day, (TimeOnly Start, TimeOnly End) slot, string module, Guid[] trainers, string delivery)
    {
        var secret = new byte[20];
        random.NextBytes(secret);
        return new SessionRow(
            ids.Next(),
            day.AtShanghaiTime(slot.Start),
            day.AtShanghaiTime(slot.End),
            module,
            trainers[random.Next(trainers.Length)],
            delivery == "Online" ? null : $"第{random.Next(1, 9)}培训教室",
            delivery == "OnSite" ? null : $"https://meeting.example.cn/j/{random.Next(100_000_000, 999_999_999)}",
            Convert.ToBase64String(secret));
    }

    /// <summary>Enrolment opens, closes, and the first day, as the status requires relative to today.</summary>
    private (DateOnly Opens, DateOnly Closes, DateOnly Start) Dates(string status)
    {
        DateOnly start;
        switch (status)
        {
            case "Published" or "Cancelled" when random.NextDouble() < 0.85:
                var closes = today.AddDays(random.Next(0, 46));
                return (today.AddDays(-random.Next(0, 31)), closes, closes.AddDays(random.Next(1, 15)));
            case "Published" or "Cancelled" or "Draft":
                var opens = today.AddDays(random.Next(1, 41));
                var later = opens.AddDays(random.Next(10, 41));
                return (opens, later, later.AddDays(random.Next(1, 15)));
            case "EnrolmentClosed":
                start = today.AddDays(random.Next(0, 11));
                break;
            case "InProgress":
                start = today.AddDays(-random.Next(0, 4));
                break;
            case "Examining":
                start = today.AddDays(-random.Next(4, 10));
                break;
            case "Completed":
                start = today.AddDays(-random.Next(10, 721));
                break;
            default:
                start = today.AddDays(-random.Next(400, 1101));
                break;
        }

        // Closed before today whatever the start: the step to EnrolmentClosed ran.
        var closed = DateOnly.FromDayNumber(Math.Min(start.AddDays(-random.Next(1, 11)).DayNumber, today.AddDays(-1).DayNumber));
        return (closed.AddDays(-random.Next(15, 41)), closed, start);
    }
}
