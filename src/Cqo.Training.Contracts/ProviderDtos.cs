namespace Cqo.Training.Contracts;

/// <summary>A training provider. Its id is derived from its USCC, like every organisation's.</summary>
public sealed record ProviderDto(
    Guid Id,
    string Uscc,
    string Name,
    string DistrictCode,
    string? Address,
    string ContactName,
    string ContactPhone,
    string? ContactEmail,
    ProviderStatus Status,
    string? ReviewComment,
    DateTimeOffset? ReviewedAt,
    DateTimeOffset CreatedAt,
    Guid ConcurrencyStamp);

/// <summary>A trainer of a provider.</summary>
public sealed record TrainerDto(
    Guid Id,
    Guid ProviderId,
    string Name,
    string? Title,
    string? Phone,
    string? Email,
    bool Active,
    Guid ConcurrencyStamp);
