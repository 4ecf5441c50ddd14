namespace Cqo.Registry.Contracts;

/// <summary>
/// A bulk import and its progress. <see cref="TotalRows"/> is an estimate until validation ends;
/// <see cref="Percent"/> is the progress of the current phase (validating, then importing).
/// <see cref="Message"/> says, in the caller's language, why a batch was rejected or failed.
/// </summary>
public sealed record ImportBatchDto(
    Guid Id,
    ImportKind Kind,
    ImportMode Mode,
    ImportFormat Format,
    ImportStatus Status,
    string FileName,
    int TotalRows,
    int ProcessedRows,
    int ImportedRows,
    int ErrorRows,
    int Percent,
    string? Message,
    string CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt);

/// <summary>
/// A problem in one row of an import file: its row number as the spreadsheet shows it (the header is
/// row 1; 0 for the file as a whole), the column by its Chinese header, and what is wrong, in the caller's language.
/// </summary>
public sealed record ImportRowErrorDto(int RowNumber, string Column, string Message);
