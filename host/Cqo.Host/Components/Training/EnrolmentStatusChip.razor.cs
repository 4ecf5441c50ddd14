using System.Globalization;
using Cqo.Training.Contracts;
using Cqo.Training.Domain;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Training;

/// <summary>What an enrolment's status means to the pages: its name, its results, and which steps it still allows.</summary>
public partial class EnrolmentStatusChip
{
    public static string NameOf(IStringLocalizer texts, EnrolmentStatus status) => texts[$"EnrolmentStatus:{status}"];

    /// <summary>Withdrawn and rejected enrolments are over: the trainee may apply again.</summary>
    public static bool IsActive(EnrolmentStatus status) => status is not (EnrolmentStatus.Withdrawn or EnrolmentStatus.Rejected);

    /// <summary>Whether the course has not started yet, so its enrolments may still be confirmed or withdrawn (as the handler decides).</summary>
    public static bool BeforeStart(CourseStatus course) => Course.BeforeStartStatuses.Contains(course);

    public static bool CanWithdraw(EnrolmentDto enrolment) =>
        (enrolment.Status is EnrolmentStatus.Applied or EnrolmentStatus.Admitted or EnrolmentStatus.Waitlisted) && BeforeStart(enrolment.CourseStatus);

    public static bool AwaitsSponsor(EnrolmentDto enrolment) => enrolment.Status == EnrolmentStatus.Applied && BeforeStart(enrolment.CourseStatus);

    /// <summary>Whether the trainee holds (or held) a seat: only then does an attendance share mean anything.</summary>
    public static bool Seated(EnrolmentStatus status) => Enrolment.SeatedStatuses.Contains(status);

    /// <summary>"87.5 %" for a seated trainee; blank otherwise.</summary>
    public static string AttendanceOf(EnrolmentDto enrolment) =>
        Seated(enrolment.Status) ? enrolment.AttendancePercent.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "";

    /// <summary>The published exam results, e.g. "85 分 · 通过", numbered when retaken; blank before any.</summary>
    public static string ResultsOf(IStringLocalizer texts, IReadOnlyList<ExamAttemptDto> attempts)
    {
        var published = attempts.Where(a => a.Published).OrderBy(a => a.Number).ToList();
        var results = published.Select(a => texts["Ui:Training.Enrol.Result", a.Score.ToString("0.#", CultureInfo.InvariantCulture),
            texts[a.Passed ? "Ui:Training.Enrol.ResultPassed" : "Ui:Training.Enrol.ResultFailed"]].Value).ToList();
        return published.Count <= 1
            ? string.Concat(results)
            : string.Join(" / ", published.Zip(results, (a, r) => texts["Ui:Training.Enrol.ResultAttempt", a.Number, r].Value));
    }
}
