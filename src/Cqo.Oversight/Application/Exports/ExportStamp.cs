namespace Cqo.Oversight.Application.Exports;

/// <summary>When and by whom a file was made, for its About sheet or lines.</summary>
internal sealed record ExportStamp(DateTimeOffset GeneratedAt, string GeneratedBy);
