using System.Text;
using Cqo.Certification.Contracts;
using Cqo.Platform.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Certification.Application.Queries;

/// <summary>
/// A certificate search as a CSV file, for the records regulators keep: every row the filter and
/// scope give, by number, streamed; ID numbers masked as on screen.
/// </summary>
internal sealed class CertificateCsv(CertificateQueries queries, IStringLocalizer texts)
{
    private static readonly string[] s_columns = ["Number", "HolderName", "IdNumber", "Status", "Course", "District", "IssuedOn", "ValidUntil", "Issuer"];

    public async Task WriteAsync(CertificateFilter filter, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(CsvCell.Line(s_columns.Select(c => texts[$"Certification:Csv.{c}"].Value)));
        var rows = queries.Filtered(filter).OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.HolderName, c.IdNumberMasked, c.Status, c.CourseTitle, c.DistrictCode, c.IssuedOn, c.ValidUntil, c.IssuerName })
            .AsAsyncEnumerable();
        await foreach (var c in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(CsvCell.Line([
                c.Number, c.HolderName, c.IdNumberMasked, Of(c.Status), c.CourseTitle, c.DistrictCode,
                c.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                c.ValidUntil?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.IssuerName,
            ]));
        }
    }

    private string Of(CertificateStatus status) => texts[$"CertificateStatus:{status}"].Value;
}
