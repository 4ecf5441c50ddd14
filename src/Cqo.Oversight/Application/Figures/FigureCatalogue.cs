using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Domain;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// Every figure regulators are given, with its definition. Days are Shanghai calendar days (a
/// filing approved at 23:59 on 31 December Shanghai time counts in that year); an enterprise's
/// district, industry, scale and flags are its current ones; a record's regulator unit is its own.
/// </summary>
internal static class FigureCatalogue
{
    private static readonly LocalizedText s_people = new("人", "people");
    private static readonly LocalizedText s_filings = new("件", "filings");
    private static readonly LocalizedText s_certificates = new("张", "certificates");

    public static readonly FlowFigure<FiledAppointment> NewFilings = new(
        "filings.new",
        new("新增首席质量官", "New CQOs"),
        new("统计期内经审核批准（进入公示）的首席质量官聘任备案数，按批准当日归期。",
            "CQO appointment filings approved (entering announcement) in the period, by the day of approval."),
        s_filings, RecordViews.Filings, f => f.ApprovedMonth, CountRows<FiledAppointment>.Instance, hasProvider: false);

    public static readonly StockFigure<FiledAppointment> ActiveCqos = new(
        "filings.active",
        new("在任首席质量官", "Active CQOs"),
        new("期末（本期未结束时为今日）在任的首席质量官：备案已生效，且未在当日或之前结束或撤销。",
            "CQOs in office at the period's end (today for the current period): the filing took effect and had not ended or been revoked by that day."),
        s_people, RecordViews.Filings, f => f.ActivatedMonth, f => f.EndedMonth, f => f.ActivatedOn, f => f.EndedOn, hasProvider: false);

    public static readonly FlowFigure<FiledAppointment> EndedFilings = new(
        "filings.ended",
        new("离任首席质量官", "Ended CQO appointments"),
        new("结束日在统计期内的聘任备案数：辞职、解聘、任期届满、企业注销、被接替或被撤销。",
            "Filings whose appointment ended in the period: resigned, dismissed, term ended, enterprise deregistered, replaced or revoked."),
        s_filings, RecordViews.Filings, f => f.EndedMonth, CountRows<FiledAppointment>.Instance, hasProvider: false);

    public static readonly DistributionFigure<FiledAppointment> ReviewTime = new(
        "filings.review-days",
        new("备案审核时长", "Filing review time"),
        new("统计期内作出批准或不予批准决定的备案，自最后一次提交至决定的工作日数的中位数与第90百分位（最近秩法）；退回补正不算决定。",
            "Working days from a filing's last submission to its approval or rejection, for decisions in the period: median and 90th percentile (nearest rank). A return is not a decision."),
        new("工作日", "working days"), RecordViews.Filings, f => f.DecidedMonth, f => f.ReviewWorkingDays);

    public static readonly FlowFigure<TrainingPlace> TrainedPeople = new(
        "training.trained",
        new("培训人数", "People trained"),
        new("课程结束日在统计期内、出勤达到考试资格（可参加考试、合格或不合格）的学员人数；同一人在同一期内只计一次。",
            "Trainees of courses ending in the period who attended enough to sit the exam (eligible, passed or failed); each person counted once per period."),
        s_people, RecordViews.Enrolments, e => e.TrainedMonth, CountTrainees.Instance, hasProvider: true);

    public static readonly FlowFigure<TrainingPlace> Passes = new(
        "training.passes",
        new("考试合格", "Exam passes"),
        new("统计期内考试合格的报名人次，按录入合格成绩当日归期。",
            "Enrolments that passed the exam in the period, by the day the passing score was recorded."),
        new("人次", "passes"), RecordViews.Enrolments, e => e.PassedMonth, CountRows<TrainingPlace>.Instance, hasProvider: true);

    public static readonly FlowFigure<HeldCertificate> IssuedCertificates = new(
        "certificates.issued",
        new("发证数", "Certificates issued"),
        new("统计期内签发的培训证书数（含补发、换发和续期），按签发日归期。",
            "Training certificates issued in the period (including reissues and renewals), by the day of issue."),
        s_certificates, RecordViews.Certificates, c => c.IssuedMonth, CountRows<HeldCertificate>.Instance, hasProvider: true);

    public static readonly StockFigure<HeldCertificate> ValidCertificates = new(
        "certificates.valid",
        new("有效证书", "Valid certificates"),
        new("期末（本期未结束时为今日）有效的证书数：已签发、未过有效期，且未被撤销、替换或暂停。",
            "Certificates valid at the period's end (today for the current period): issued, not past their validity, not revoked, replaced or suspended."),
        s_certificates, RecordViews.Certificates, c => c.IssuedMonth, c => c.InvalidMonth, c => c.IssuedOn, c => c.InvalidFrom, hasProvider: true);

    public static readonly FlowFigure<HeldCertificate> ExpiredCertificates = new(
        "certificates.expired",
        new("到期证书", "Certificates expired"),
        new("统计期内因到期而失效的证书数：有效期最后一日的次日在期内，且此前未被撤销、替换或暂停。",
            "Certificates that lapsed in the period by expiry: the day after their last valid day falls in it, and they were not revoked, replaced or suspended before."),
        s_certificates, RecordViews.Certificates, c => c.ExpiredMonth, CountRows<HeldCertificate>.Instance, hasProvider: true);

    public static readonly FlowFigure<HeldCertificate> RevokedCertificates = new(
        "certificates.revoked",
        new("撤销证书", "Certificates revoked"),
        new("统计期内被撤销的证书数，按撤销日归期。", "Certificates revoked in the period, by the day of revocation."),
        s_certificates, RecordViews.Certificates, c => c.RevokedMonth, CountRows<HeldCertificate>.Instance, hasProvider: true);

    public static readonly FlowFigure<LoggedCredit> CreditHours = new(
        "credits.hours",
        new("继续教育学时", "Continuing-education hours"),
        new("统计期内完成并经审核通过的继续教育学时合计（课程与外部学习），按完成日归期。",
            "Approved continuing-education hours completed in the period (courses and external learning), by the day completed."),
        new("学时", "hours"), RecordViews.Credits, c => c.CountedMonth, SumHours.Instance, hasProvider: true);

    public static readonly IReadOnlyList<Figure> All =
    [
        NewFilings, ActiveCqos, EndedFilings, ReviewTime,
        TrainedPeople, Passes,
        IssuedCertificates, ValidCertificates, ExpiredCertificates, RevokedCertificates,
        CreditHours,
    ];

    public static Figure? Find(string key) => All.FirstOrDefault(f => f.Key == key);
}
