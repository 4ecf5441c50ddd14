namespace Cqo.Platform.Http;

/// <summary>The <c>RateLimiting</c> section: the per-IP budget of anonymous public endpoints.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>The policy name public endpoints opt into with <c>RequireRateLimiting</c>.</summary>
    public const string PublicPolicy = "public";

    public int PublicPermitLimit { get; set; } = 120;

    public int PublicWindowSeconds { get; set; } = 60;
}
