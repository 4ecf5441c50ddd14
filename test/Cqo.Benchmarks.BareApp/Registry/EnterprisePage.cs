namespace Cqo.Benchmarks.BareApp.Registry;

/// <summary>The JSON the host answers (<c>PagedResult&lt;EnterpriseDto&gt;</c>), property for property, enums as their names.</summary>
internal sealed record EnterprisePage(IReadOnlyList<EnterpriseItem> Items, int TotalCount);

internal sealed record EnterpriseItem(
    Guid Id,
    string Uscc,
    string? UsccOverrideReason,
    string Name,
    string? Address,
    string DistrictCode,
    string? RegulatorUnitCode,
    string IndustryDivisionCode,
    string Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    string Status,
    List<AwardItem> Awards,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

internal sealed record AwardItem(string Name, string Level, int Year);
