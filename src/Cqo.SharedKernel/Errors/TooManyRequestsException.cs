namespace Cqo.SharedKernel.Errors;

/// <summary>The caller tried too often (guessing a short code); it may try again later.</summary>
public sealed class TooManyRequestsException(ErrorMessage detail)
    : CqoException(ErrorKind.TooManyRequests, ErrorCodes.RateLimited, detail);
