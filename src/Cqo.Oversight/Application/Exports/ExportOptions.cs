namespace Cqo.Oversight.Application.Exports;

/// <summary>The <c>Oversight:Exports</c> section.</summary>
internal sealed class ExportOptions
{
    public const string Section = "Oversight:Exports";

    /// <summary>Above this many rows (estimated) an export runs as a background job; up to it the file is the answer.</summary>
    public int BackgroundThreshold { get; set; } = 5000;

    /// <summary>The most rows one export may have; a larger one is refused (narrow the filters).</summary>
    public int MaxRows { get; set; } = 1_000_000;

    /// <summary>Days a background export and its file are kept.</summary>
    public int RetentionDays { get; set; } = 7;
}
