using Cqo.Oversight.Contracts;

namespace Cqo.Oversight.Application.Exports;

/// <summary>
/// Something that can be exported (the audit trail; the figures later): it turns its parameters (JSON,
/// stored with a background export) into a table, querying in the current caller's scope and
/// culture. A background job calls it as the export's owner, so the same parameters give the same
/// rows the owner would have seen.
/// </summary>
internal interface IExportSource
{
    /// <summary>Stable name stored with background exports (<c>audit-trail</c>).</summary>
    string Kind { get; }

    /// <summary>The permission the caller (and, when the job runs, the owner still) must hold.</summary>
    string Permission { get; }

    /// <summary>The table for <paramref name="parameters"/>; its rows are read only when enumerated.</summary>
    Task<ExportTable> OpenAsync(string parameters, CancellationToken cancellationToken);

    /// <summary>
    /// Called once, before the first row is written (in the request, or in the job as the owner): a
    /// source whose exports must be on the audit trail records the export there.
    /// </summary>
    Task BeforeWriteAsync(ExportWriting writing, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>An export about to be written: what, in which format, and its id when it runs in the background.</summary>
internal sealed record ExportWriting(string Parameters, ExportFormat Format, Guid? ExportId, long EstimatedRows);
