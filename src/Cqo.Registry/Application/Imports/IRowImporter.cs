using Cqo.Registry.Domain;

namespace Cqo.Registry.Application.Imports;

/// <summary>
/// Judges the rows of one kind of import as the API judges a request (the same validator, codes,
/// scope rules and duplicate checks), chunk by chunk, and keeps the entities of the rows that pass.
/// </summary>
internal interface IRowImporter
{
    /// <summary>The columns the file may (and must) have for this uploader.</summary>
    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The new entities of every row that passed so far, in file order.</summary>
    IReadOnlyList<object> Accepted { get; }

    /// <summary>Loads what every row is checked against (reference codes, the uploader's enterprise).</summary>
    Task PrepareAsync(ImportBatch batch, CancellationToken cancellationToken);

    /// <summary>Checks a chunk of rows, looking existing records up for the whole chunk at once.</summary>
    Task CheckAsync(IReadOnlyList<ImportRow> rows, ImportErrorLog errors, CancellationToken cancellationToken);
}
