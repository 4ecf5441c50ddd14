using System.Globalization;
using Cqo.Certification.Contracts;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// The words on a printed certificate. A certificate is the same paper whoever prints it, so it is
/// always Chinese first with English after, not in the reader's language (the status names match
/// the module's zh-CN and en resources).
/// </summary>
internal static class CertificateWording
{
    public const string Title = "企业首席质量官培训证书";
    public const string TitleEnglish = "Enterprise Chief Quality Officer Training Certificate";
    public const string IdNumberLabel = "证件号码";
    public const string CompletedEnglish = "has completed the training and passed the assessment.";
    public const string NumberLabel = "证书编号 Certificate No.";
    public const string IssuedOnLabel = "发证日期 Date of issue";
    public const string ValidUntilLabel = "有效期至 Valid until";
    public const string NoEnd = "长期有效 No expiry";
    public const string IssuerLabel = "发证机关 Issued by";
    public const string ScanToVerify = "扫码验证 / Scan to verify";

    public static string Completed(string? courseTitle) =>
        string.IsNullOrWhiteSpace(courseTitle) ? "已完成规定培训并考核合格，特发此证。" : $"已完成《{courseTitle.Trim()}》培训并考核合格，特发此证。";

    public static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>Null for a valid certificate: only a certificate that is no longer valid carries a status line.</summary>
    public static string? StatusLine(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => null,
        CertificateStatus.Expired => "状态：已过期 / Status: expired",
        CertificateStatus.Suspended => "状态：已暂停 / Status: suspended",
        CertificateStatus.Revoked => "状态：已撤销 / Status: revoked",
        CertificateStatus.Replaced => "状态：已换发 / Status: replaced",
        _ => $"状态：{status} / Status: {status}",
    };

    /// <summary>The one word stamped across a certificate that is no longer valid.</summary>
    public static string Stamp(CertificateStatus status) => status switch
    {
        CertificateStatus.Expired => "已过期",
        CertificateStatus.Suspended => "已暂停",
        CertificateStatus.Revoked => "已撤销",
        CertificateStatus.Replaced => "已换发",
        _ => "无效",
    };
}
