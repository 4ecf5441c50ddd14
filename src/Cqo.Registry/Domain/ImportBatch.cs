using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry.Domain;

/// <summary>
/// One uploaded file of enterprises or people and how its import went. The import runs as a
/// background job without an HTTP caller, so the batch keeps who uploaded it and what their scope
/// and permissions allowed at that moment; the job judges every row by those.
/// </summary>
/// <remarks>
/// Not in the entity-change trail: the upload request is in the request audit, the rows it creates
/// are in the trail, and progress written every thousand rows would only bury them.
/// </remarks>
internal sealed class ImportBatch : Entity, IDataScoped, IAuditIgnored
{
    public ImportBatch(Guid id, ImportKind kind, ImportMode mode, ImportFormat format, string fileName, string fileKey, ImportCreator creator, DateTimeOffset now)
        : base(id)
    {
        Kind = kind;
        Mode = mode;
        Format = format;
        FileName = fileName;
        FileKey = fileKey;
        CreatorScopeKind = creator.Scope.Kind;
        OrganisationId = creator.Scope.SeenOrganisationId;
        JurisdictionCode = creator.Scope.SeenJurisdictionCode;
        OwnerUserId = creator.UserId;
        CreatorName = creator.Name;
        CreatorClientId = creator.ClientId;
        MayOverrideUscc = creator.MayOverrideUscc;
        CreatedAt = now;
        Status = ImportStatus.Queued;
    }

    private ImportBatch() { }

    public ImportKind Kind { get; private set; }

    public ImportMode Mode { get; private set; }

    public ImportFormat Format { get; private set; }

    public ImportStatus Status { get; private set; }

    /// <summary>The client's file name, for display.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The uploaded file in the file store; removed (null) once the batch is finished, since it may hold ID numbers in clear.</summary>
    public string? FileKey { get; private set; }

    /// <summary>Data rows seen (blank rows not counted); an estimate until validation ends.</summary>
    public int TotalRows { get; private set; }

    public int ProcessedRows { get; private set; }

    public int ImportedRows { get; private set; }

    /// <summary>Rows with at least one error.</summary>
    public int ErrorRows { get; private set; }

    /// <summary>Why the batch was rejected or failed, as a localization key and JSON arguments.</summary>
    public string? MessageKey { get; private set; }

    public string? MessageArgs { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ScopeKind CreatorScopeKind { get; private set; }

    /// <summary>The importing enterprise (or provider): its accounts see the batch.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The importing district regulator's jurisdiction: its accounts see the batch.</summary>
    public string? JurisdictionCode { get; private set; }

    /// <summary>The user who uploaded the file (null for an integration client).</summary>
    public Guid? OwnerUserId { get; private set; }

    public string CreatorName { get; private set; } = "";

    public string? CreatorClientId { get; private set; }

    /// <summary>Whether the uploader held the permission to register legacy codes failing their check character.</summary>
    public bool MayOverrideUscc { get; private set; }

    public bool IsFinished => Status is ImportStatus.Completed or ImportStatus.Rejected or ImportStatus.Failed;

    /// <summary>The uploader, as the job acts for them.</summary>
    public ImportCreator Creator => new(
        new DataScope(CreatorScopeKind, OrganisationId, JurisdictionCode, OwnerUserId), OwnerUserId, CreatorName, CreatorClientId, MayOverrideUscc);

    /// <summary>Starts (or, after an interrupted run, restarts) validation from the first row.</summary>
    public void StartValidating(int estimatedRows, DateTimeOffset now)
    {
        Status = ImportStatus.Validating;
        StartedAt = now;
        TotalRows = estimatedRows;
        ProcessedRows = ImportedRows = ErrorRows = 0;
        MessageKey = MessageArgs = null;
    }

    public void Validated(int processedRows, int errorRows)
    {
        ProcessedRows = processedRows;
        ErrorRows = errorRows;
        TotalRows = Math.Max(TotalRows, processedRows);
    }

    /// <summary>Every row is checked: the counts are exact now.</summary>
    public void AllValidated(int totalRows, int errorRows)
    {
        TotalRows = ProcessedRows = totalRows;
        ErrorRows = errorRows;
    }

    public void StartImporting() => Status = ImportStatus.Importing;

    public void Imported(int importedRows) => ImportedRows = importedRows;

    public void Complete(int importedRows, DateTimeOffset now)
    {
        ImportedRows = importedRows;
        Finish(ImportStatus.Completed, null, null, now);
    }

    /// <summary>Nothing stored: the file or its rows were bad. <paramref name="messageArgs"/> is a JSON array.</summary>
    public void Reject(string messageKey, string? messageArgs, DateTimeOffset now) => Finish(ImportStatus.Rejected, messageKey, messageArgs, now);

    public void Fail(string messageKey, DateTimeOffset now) => Finish(ImportStatus.Failed, messageKey, null, now);

    public void FileRemoved() => FileKey = null;

    private void Finish(ImportStatus status, string? messageKey, string? messageArgs, DateTimeOffset now)
    {
        Status = status;
        MessageKey = messageKey;
        MessageArgs = messageArgs;
        FinishedAt = now;
        if (status != ImportStatus.Completed)
        {
            ImportedRows = 0;
        }
    }
}

/// <summary>Who uploaded a batch: their scope, account (or client) and what they were allowed at upload.</summary>
internal sealed record ImportCreator(DataScope Scope, Guid? UserId, string Name, string? ClientId, bool MayOverrideUscc);
