namespace Cqo.SharedKernel.Seeding;

/// <summary>Whether to add demo data (embedded start) besides the reference data every database needs.</summary>
public sealed record SeedContext(bool IncludeDemoData);
