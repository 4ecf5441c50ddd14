using System.Globalization;
using Cqo.Platform.Localization;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// A table as an export writes it, whatever produced it: its title, its definition (what a row is and
/// what is counted), the filters applied, the column headers and the rows, streamed. Texts other than
/// the definition are in the current culture already; the definition comes in both languages and
/// the writer takes the reader's. <see cref="EstimatedRows"/> decides between answering at once and a
/// background job, and measures the job's progress.
/// </summary>
internal sealed class ExportTable
{
    public required string Title { get; init; }

    public required LocalizedText Definition { get; init; }

    /// <summary>The filters applied, as label → value; only those actually given.</summary>
    public required IReadOnlyList<ExportFilter> Filters { get; init; }

    public required IReadOnlyList<string> Columns { get; init; }

    public required long EstimatedRows { get; init; }

    /// <summary>File names start with it (<c>audit-trail-20260316-0930.xlsx</c>): ASCII letters, digits and hyphens.</summary>
    public required string FileNameStem { get; init; }

    /// <summary>
    /// The rows, each with one value per column: text, a number, an instant (written in Shanghai
    /// time) or null. Enumerated once, while the file is written.
    /// </summary>
    public required IAsyncEnumerable<IReadOnlyList<object?>> Rows { get; init; }
}

internal sealed record ExportFilter(string Label, string Value);

/// <summary>A text in both languages; the reader's culture picks.</summary>
internal sealed record LocalizedText(string ZhCn, string En)
{
    public string In(CultureInfo culture) => SupportedCultures.Resolve(culture) == "en" ? En : ZhCn;
}
