namespace Cqo.SharedKernel.Errors;

/// <summary>What went wrong, which decides the HTTP status: 400, 404, 409 or 422.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    BusinessRule,
    TooManyRequests,
}
