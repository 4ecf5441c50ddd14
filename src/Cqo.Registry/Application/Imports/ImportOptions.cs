namespace Cqo.Registry.Application.Imports;

/// <summary>The import settings of the <c>Registry</c> section.</summary>
internal sealed class ImportOptions
{
    public const string Section = "Registry";

    /// <summary>The largest file taken, in bytes (default 50 MiB).</summary>
    public long MaxImportBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The most data rows one file may have (default 200,000); a larger file is rejected whole.</summary>
    public int MaxImportRows { get; set; } = 200_000;

    /// <summary>The most error messages stored per batch (default 100,000); past it, bad rows are still counted.</summary>
    public int MaxImportErrors { get; set; } = 100_000;
}
