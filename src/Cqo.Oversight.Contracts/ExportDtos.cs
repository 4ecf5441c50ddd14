namespace Cqo.Oversight.Contracts;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

public enum ExportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// An export run in the background: its progress (<see cref="RowsWritten"/> of about
/// <see cref="EstimatedRows"/>), and once completed the file, which only its owner may download.
/// </summary>
public sealed record ExportDto(
    Guid Id,
    string Kind,
    string Title,
    ExportFormat Format,
    ExportStatus Status,
    long RowsWritten,
    long EstimatedRows,
    int Percent,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    string? FileName,
    long? FileBytes,
    DateTimeOffset ExpiresAt);
