using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Oversight.Domain;

/// <summary>
/// A table exported in the background: what to export (a source's kind and its parameters), for whom
/// (the owner's account and scope as they were when asking, and their language), how far it got, and
/// the file once written. The job reads everything from here, so its argument is the id alone.
/// </summary>
/// <remarks>
/// Not in the entity-change trail: progress written every thousand rows would bury it. A source that
/// must be on the trail (the audit trail itself) records the export as a view.
/// </remarks>
internal sealed class Export : Entity, IAuditIgnored
{
    public const int KindMaxLength = 64;
    public const int TitleMaxLength = 200;
    public const int ParametersMaxLength = 4000;
    public const int ErrorMaxLength = 100;
    public const int NameMaxLength = 256;
    public const int FileNameMaxLength = 200;

    public Export(Guid id, string kind, string title, ExportFormat format, string parameters, string culture, ExportOwner owner, long estimatedRows, DateTimeOffset now)
        : base(id)
    {
        Kind = kind;
        Title = title.Length > TitleMaxLength ? title[..TitleMaxLength] : title;
        Format = format;
        Parameters = parameters;
        Culture = culture;
        OwnerUserId = owner.UserId;
        OwnerClientId = owner.ClientId;
        OwnerName = owner.Name.Length > NameMaxLength ? owner.Name[..NameMaxLength] : owner.Name;
        OwnerScopeKind = owner.Scope.Kind;
        OwnerOrganisationId = owner.Scope.OrganisationId;
        OwnerJurisdictionCode = owner.Scope.JurisdictionCode;
        EstimatedRows = estimatedRows;
        Status = ExportStatus.Queued;
        CreatedAt = now;
    }

    private Export()
    {
    }

    /// <summary>The source that produces the rows (<c>audit-trail</c>).</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The table's title in the owner's language, for the list of exports.</summary>
    public string Title { get; private set; } = "";

    public ExportFormat Format { get; private set; }

    /// <summary>The source's parameters as JSON (its filters and sort), enough to run the query again.</summary>
    public string Parameters { get; private set; } = "";

    /// <summary>The owner's language when asking: headers, the definition and values are written in it.</summary>
    public string Culture { get; private set; } = "";

    public Guid? OwnerUserId { get; private set; }

    /// <summary>An integration client acting for itself (no account).</summary>
    public string? OwnerClientId { get; private set; }

    public string OwnerName { get; private set; } = "";

    public ScopeKind OwnerScopeKind { get; private set; }

    public Guid? OwnerOrganisationId { get; private set; }

    public string? OwnerJurisdictionCode { get; private set; }

    public ExportStatus Status { get; private set; }

    public long EstimatedRows { get; private set; }

    public long RowsWritten { get; private set; }

    public string? FileKey { get; private set; }

    public string? FileName { get; private set; }

    public long? FileBytes { get; private set; }

    /// <summary>Why it failed, as a localization key (shown in the reader's language).</summary>
    public string? Error { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is ExportStatus.Completed or ExportStatus.Failed;

    /// <summary>The owner as the job acts for them.</summary>
    public ExportOwner Owner => new(OwnerUserId, OwnerClientId, OwnerName, new DataScope(OwnerScopeKind, OwnerOrganisationId, OwnerJurisdictionCode, OwnerUserId));

    /// <summary>Starts (or, after an interrupted run, restarts) from the first row.</summary>
    public void Start(long estimatedRows, DateTimeOffset now)
    {
        Status = ExportStatus.Running;
        EstimatedRows = estimatedRows;
        RowsWritten = 0;
        StartedAt = now;
    }

    public void Progress(long rowsWritten) => RowsWritten = rowsWritten;

    public void Complete(string fileKey, string fileName, long fileBytes, long rows, DateTimeOffset now)
    {
        Status = ExportStatus.Completed;
        (FileKey, FileName, FileBytes, RowsWritten, FinishedAt) = (fileKey, fileName, fileBytes, rows, now);
        EstimatedRows = Math.Max(EstimatedRows, rows);
    }

    public void Fail(string errorKey, DateTimeOffset now)
    {
        Status = ExportStatus.Failed;
        Error = errorKey;
        FinishedAt = now;
    }

    /// <summary>Percent done: 100 once completed, otherwise rows written against the estimate, held below 100.</summary>
    public int Percent => Status switch
    {
        ExportStatus.Completed => 100,
        ExportStatus.Queued => 0,
        _ when EstimatedRows <= 0 => 0,
        _ => (int)Math.Min(99, RowsWritten * 100 / EstimatedRows),
    };
}

/// <summary>Who asked for an export: their account (or client), name and scope at that moment.</summary>
internal sealed record ExportOwner(Guid? UserId, string? ClientId, string Name, DataScope Scope);
