using System.Globalization;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.SharedKernel.Paging;

namespace Cqo.Oversight.Application.Figures;

/// <summary>A column of a record list; sortable when the view's sort map knows its key.</summary>
internal sealed record RecordColumn(string Key, LocalizedText Header);

/// <summary>How a record list's cells are written in the caller's language: texts under <c>Oversight:</c>, districts and regulator units by code and name.</summary>
internal sealed record RecordTexts(Func<string, string> Text, Func<string?, string> District, Func<string?, string> Unit);

/// <summary>How the facts of one kind are listed: columns, sort keys, cells and the page that opens a record.</summary>
internal sealed class RecordView<TRow>(IReadOnlyList<RecordColumn> columns, SortMap<TRow> sort, Func<TRow, Enterprise?, RecordTexts, string?[]> cells, Func<TRow, string> link)
    where TRow : Fact
{
    public SortMap<TRow> Sort => sort;

    public IReadOnlyList<RecordColumnDto> Columns(CultureInfo culture, IReadOnlySet<string> sortable) =>
        [.. columns.Select(c => new RecordColumnDto(c.Key, c.Header.In(culture), sortable.Contains(c.Key)))];

    public RecordRowDto Row(TRow row, Enterprise? enterprise, RecordTexts texts) => new(row.Id, link(row), cells(row, enterprise, texts));

    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Number(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The lists behind each kind of fact. The enterprise's name and code come from oversight's own copy.</summary>
internal static class RecordViews
{
    private static readonly RecordColumn s_enterprise = new("enterprise", new("企业名称", "Enterprise"));
    private static readonly RecordColumn s_uscc = new("uscc", new("统一社会信用代码", "USCC"));
    private static readonly RecordColumn s_district = new("district", new("区", "District"));
    private static readonly RecordColumn s_jurisdiction = new("jurisdiction", new("监管单位", "Regulator unit"));
    private static readonly RecordColumn s_status = new("status", new("状态", "Status"));

    public static readonly RecordView<FiledAppointment> Filings = new(
        [s_enterprise, s_uscc, s_district, s_jurisdiction, s_status,
            new("approvedOn", new("批准日期", "Approved on")), new("activatedOn", new("生效日期", "In office from")),
            new("endedOn", new("结束日期", "Ended on")), new("reviewDays", new("审核工作日", "Review working days"))],
        new SortMap<FiledAppointment>("-approvedOn", f => f.Id)
            .Add("approvedOn", f => f.ApprovedOn).Add("activatedOn", f => f.ActivatedOn)
            .Add("endedOn", f => f.EndedOn).Add("reviewDays", f => f.ReviewWorkingDays),
        (f, e, text) =>
        [
            e?.Name, e?.Uscc, text.District(f.DistrictCode), text.Unit(f.JurisdictionCode), text.Text($"FilingStatus.{f.Status}"),
            RecordView<FiledAppointment>.Day(f.ApprovedOn), RecordView<FiledAppointment>.Day(f.ActivatedOn),
            RecordView<FiledAppointment>.Day(f.EndedOn), RecordView<FiledAppointment>.Number(f.ReviewWorkingDays),
        ],
        f => $"/registry/filings/{f.Id}");

    public static readonly RecordView<TrainingPlace> Enrolments = new(
        [s_enterprise, s_uscc, s_district, s_jurisdiction, s_status,
            new("courseEndsOn", new("课程结束日期", "Course ended on")), new("hours", new("学时", "Hours")), new("passedOn", new("合格日期", "Passed on"))],
        new SortMap<TrainingPlace>("-courseEndsOn", e => e.Id)
            .Add("courseEndsOn", e => e.CourseEndsOn).Add("passedOn", e => e.PassedOn).Add("hours", e => e.CourseHours),
        (p, e, text) =>
        [
            e?.Name, e?.Uscc, text.District(p.DistrictCode), text.Unit(p.JurisdictionCode), text.Text($"EnrolmentStatus.{p.Status}"),
            RecordView<TrainingPlace>.Day(p.CourseEndsOn), RecordView<TrainingPlace>.Number(p.CourseHours), RecordView<TrainingPlace>.Day(p.PassedOn),
        ],
        p => $"/training/courses/{p.CourseId}");

    public static readonly RecordView<HeldCertificate> Certificates = new(
        [new("number", new("证书编号", "Number")), s_enterprise, s_uscc, s_district, s_jurisdiction, s_status,
            new("issuedOn", new("签发日期", "Issued on")), new("validUntil", new("有效期至", "Valid until")), new("invalidFrom", new("失效日期", "Invalid from"))],
        new SortMap<HeldCertificate>("-issuedOn", c => c.Id)
            .Add("number", c => c.Number).Add("issuedOn", c => c.IssuedOn).Add("validUntil", c => c.ValidUntil).Add("invalidFrom", c => c.InvalidFrom),
        (c, e, text) =>
        [
            c.Number, e?.Name, e?.Uscc, text.District(c.DistrictCode), text.Unit(c.JurisdictionCode), text.Text($"CertificateStatus.{c.Status}"),
            RecordView<HeldCertificate>.Day(c.IssuedOn), RecordView<HeldCertificate>.Day(c.ValidUntil), RecordView<HeldCertificate>.Day(c.InvalidFrom),
        ],
        c => $"/certification/certificates?search={Uri.EscapeDataString(c.Number)}");

    public static readonly RecordView<LoggedCredit> Credits = new(
        [s_enterprise, s_uscc, s_district, s_jurisdiction, s_status,
            new("source", new("来源", "Source")), new("hours", new("学时", "Hours")), new("completedOn", new("完成日期", "Completed on"))],
        new SortMap<LoggedCredit>("-completedOn", c => c.Id).Add("completedOn", c => c.CompletedOn).Add("hours", c => c.Hours),
        (c, e, text) =>
        [
            e?.Name, e?.Uscc, text.District(c.DistrictCode), text.Unit(c.JurisdictionCode), text.Text($"CreditStatus.{c.Status}"), text.Text($"CreditSource.{c.Source}"),
            RecordView<LoggedCredit>.Number(c.Hours), RecordView<LoggedCredit>.Day(c.CompletedOn),
        ],
        c => "/certification/credits/review");
}
