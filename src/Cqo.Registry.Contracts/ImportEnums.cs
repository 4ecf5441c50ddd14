namespace Cqo.Registry.Contracts;

/// <summary>What a bulk import creates.</summary>
public enum ImportKind
{
    Enterprises,
    People,
}

/// <summary>What happens to the good rows of a file that also has bad ones.</summary>
public enum ImportMode
{
    /// <summary>Any bad row stores nothing (the default).</summary>
    AllOrNothing,

    /// <summary>Good rows are stored, bad rows reported.</summary>
    ValidRowsOnly,
}

/// <summary>An import batch's progress: Queued → Validating → Importing → Completed, or Rejected or Failed.</summary>
public enum ImportStatus
{
    Queued,
    Validating,
    Importing,
    Completed,

    /// <summary>The file or some rows were bad (all-or-nothing mode, or a bad header or file): nothing stored.</summary>
    Rejected,

    /// <summary>An unexpected error: nothing stored.</summary>
    Failed,
}

/// <summary>The file format of an import.</summary>
public enum ImportFormat
{
    Xlsx,
    Csv,
}
