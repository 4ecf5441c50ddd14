namespace Cqo.Platform.Http;

/// <summary>The <c>RateLimiting</c> section: the per-IP budget of anonymous public endpoints.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>The policy name public endpoints opt into with <c>RequireRateLimiting</c>.</summary>
    public const string PublicPolicy = "public";

    /// <summary>
    /// The policy of endpoints that take a short code a caller could guess (a session's check-in
    /// code): a few tries per user (or address) and minute make guessing hopeless.
    /// </summary>
    public const string CodeEntryPolicy = "code-entry";

    public int PublicPermitLimit { get; set; } = 120;

    public int CodeEntryPermitLimit { get; set; } = 10;

    public int PublicWindowSeconds { get; set; } = 60;
}
