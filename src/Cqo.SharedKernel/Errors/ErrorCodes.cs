namespace Cqo.SharedKernel.Errors;

/// <summary>
/// Stable machine codes carried in every problem response as <c>code</c>. Clients switch on these,
/// so a code is never renamed; modules add their own with a module prefix (e.g. <c>registry.</c>).
/// </summary>
public static class ErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string ValidationFailed = "validation_failed";
    public const string MalformedBody = "malformed_body";
    public const string InvalidValue = "invalid_value";
    public const string NotFound = "not_found";
    public const string Conflict = "conflict";
    public const string ConcurrencyConflict = "concurrency_conflict";
    public const string BusinessRule = "business_rule";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string RateLimited = "rate_limited";
    public const string InternalError = "internal_error";
    public const string DatabaseUnavailable = "database_unavailable";
}
